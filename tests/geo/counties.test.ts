// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanGeometry, cleanRing } from '../../scripts/geo/clean-rings.mjs';
import { INPUTS } from '../../scripts/geo/config.mjs';
import { loadCounties } from '../../scripts/geo/load-counties.mjs';
import { PROVINCES, provinceOfFile } from '../../scripts/geo/provinces.mjs';
import { GEO_TOOLCHAIN } from './toolchain';

describe('cleanRing', () => {
  it('drops consecutive duplicates and closes an open ring', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('returns null for a ring with fewer than 4 positions after cleaning', () => {
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toBeNull();
    expect(cleanRing([])).toBeNull();
  });

  it('drops a polygon whose exterior is degenerate and reports the dropped rings', () => {
    const { geometry, droppedRings } = cleanGeometry({ type: 'Polygon', coordinates: [] });
    expect(geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
    expect(droppedRings).toBe(0);
    const bad = cleanGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0, 0],
          ],
        ],
      ],
    });
    expect(bad.geometry.coordinates).toEqual([]);
    expect(bad.droppedRings).toBe(1);
  });
});

describe('provinceOfFile', () => {
  it('tells apart provinces whose file prefixes share a syllable', () => {
    expect(provinceOfFile('he2_bei3_bao3_ding4').name_en).toBe('Hebei');
    expect(provinceOfFile('he2_nan2_zheng4_zhou1').name_en).toBe('Henan');
    expect(provinceOfFile('shan1_xi1_tai4_yuan2').name_en).toBe('Shanxi');
    expect(provinceOfFile('shan3_xi1_xi1_an1').name_en).toBe('Shaanxi');
    expect(provinceOfFile('xi1_cang2_la1_sa4').name_en).toBe('Tibet');
    expect(provinceOfFile('shanghai').adcode).toBe('310000');
    expect(() => provinceOfFile('atlantis')).toThrow(/No province matches/);
  });

  it.skipIf(!GEO_TOOLCHAIN)('has 34 units, and agrees with the adcodes the county features carry', () => {
    expect(PROVINCES).toHaveLength(34);
    const { byFile } = loadCounties(INPUTS);
    const used = new Set<string>();
    for (const counties of byFile.values()) {
      for (const c of counties) {
        used.add(c.province);
        if (/^\d{6}$/.test(c.adcode))
          expect(c.adcode.slice(0, 2), `${c.file}/${c.name}`).toBe(c.province.slice(0, 2));
      }
    }
    expect(used.size).toBe(34);
  });
});
