// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../scripts/geo/config.mjs';
import { loadCounties } from '../../scripts/geo/load-counties.mjs';
import { lookupConstituents } from '../../scripts/geo/lookup-constituents.mjs';
import { GEO_TOOLCHAIN } from './toolchain';

const square = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  ],
};
const county = (name: string, adcode: string, geometry: { coordinates: unknown[] } = square) => ({
  name,
  adcode,
  geometry,
});

// 普陀区 exists in both Shanghai and Zhoushan; the lookup must stay inside the named file.
const byFile = new Map([
  ['shanghai', [county('普陀区', '310107'), county('浦东新区', '310115')]],
  ['zhe4_jiang1_zhou1_shan1', [county('定海区', '330902'), county('普陀区', '330903')]],
  ['si4_chuan1_cheng2_du1', [county('双流区', '510116'), county('新津县', '510132')]],
]);
const zhoushan = {
  id: 'zhoushan',
  parts: [{ file: 'zhe4_jiang1_zhou1_shan1', names: ['定海区', '普陀区'], partial: false }],
};

describe('lookupConstituents', () => {
  it('looks a name up in its own prefecture file (普陀区: Zhoushan, not Shanghai)', () => {
    const m = lookupConstituents([zhoushan], {}, byFile).get('zhoushan');
    expect(m?.map((x) => [x.found, x.adcode])).toEqual([
      ['定海区', '330902'],
      ['普陀区', '330903'],
    ]);
    const sh = lookupConstituents(
      [{ id: 'x', parts: [{ file: 'shanghai', names: ['普陀区'], partial: false }] }],
      {},
      byFile,
    );
    expect(sh.get('x')?.[0]?.adcode).toBe('310107');
  });

  it('finds a renamed division under its old name through the alias table', () => {
    const tianfu = {
      id: 'tianfu',
      parts: [{ file: 'si4_chuan1_cheng2_du1', names: ['双流区', '新津区'], partial: true }],
    };
    const m = lookupConstituents([tianfu], { 新津区: '新津县' }, byFile).get('tianfu');
    expect(m?.[1]).toMatchObject({ name: '新津区', found: '新津县', adcode: '510132', partial: true });
  });

  it('throws naming the area, the file and the name, and points at the alias table', () => {
    const bad = {
      id: 'tianfu',
      parts: [{ file: 'si4_chuan1_cheng2_du1', names: ['新津区'], partial: true }],
    };
    expect(() => lookupConstituents([bad], {}, byFile)).toThrow(
      /Area "tianfu".*"新津区".*si4_chuan1_cheng2_du1\.geojson.*dataset_aliases/,
    );
  });

  it('throws on an unknown prefecture file', () => {
    const bad = { id: 'pudong', parts: [{ file: 'shang_hai', names: ['浦东新区'], partial: false }] };
    expect(() => lookupConstituents([bad], {}, byFile)).toThrow(/Area "pudong".*shang_hai\.geojson/);
  });

  it('throws when two areas claim the same division', () => {
    const twice = [zhoushan, { ...zhoushan, id: 'other' }];
    expect(() => lookupConstituents(twice, {}, byFile)).toThrow(/claimed by both "zhoushan" and "other"/);
  });

  it('throws when a constituent has no usable geometry', () => {
    const empty = new Map([['tianjin', [county('蓟州区', '120119', { coordinates: [] })]]]);
    const area = { id: 'x', parts: [{ file: 'tianjin', names: ['蓟州区'], partial: false }] };
    expect(() => lookupConstituents([area], {}, empty)).toThrow(/Area "x".*蓟州区.*no usable geometry/);
  });
});

describe.skipIf(!GEO_TOOLCHAIN)('the real county data', () => {
  // Read only where the packages are installed: vitest runs a skipped block's body to list its tests.
  const { byFile: real, stats } = GEO_TOOLCHAIN
    ? loadCounties(INPUTS)
    : ({ byFile: new Map(), stats: {} } as unknown as ReturnType<typeof loadCounties>);
  const config = JSON.parse(fs.readFileSync(INPUTS.areas, 'utf8'));

  it('has 392 files, only shanghai and chongqing encoded, and 蓟州区 patched', () => {
    expect(stats.files).toBe(392);
    expect(stats.encoded).toEqual(['chongqing', 'shanghai']);
    expect(stats.emptyFeatures).toEqual([]);
    const jizhou = real.get('tianjin')?.find((c) => c.name === '蓟州区');
    expect(jizhou?.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('matches every constituent of src/data/areas.geo.json, three of them by alias', () => {
    const m = lookupConstituents(config.areas, config.dataset_aliases, real);
    const all = [...m.values()].flat();
    const renamed = all.filter((x) => x.name !== x.found).map((x) => `${x.name}->${x.found}`);
    expect(renamed.sort()).toEqual(['宁乡市->宁乡县', '新津区->新津县', '长乐区->长乐市'].sort());
    expect(m.get('zhoushan')?.find((x) => x.name === '普陀区')?.adcode).toBe('330903');
  });
});
