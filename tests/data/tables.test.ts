// The data downloads, parsed back with a small RFC 4180 reader written for this test (not the
// writer's own logic): the BOM, 19 areas with the dates and names the app shows, quoting that
// survives commas, quotes and line breaks, and the measure links in their three kinds.
import { describe, expect, it } from 'vitest';
import { areaById, areas, measuresForArea } from '../../src/data';
import { AREA_COLUMNS, areasCsv, documentKind, documentNumber } from '../../src/data/tables/areas-table';
import { BOM, csvField, toCsv } from '../../src/data/tables/csv';
import { LINK_COLUMNS, measureLinksCsv } from '../../src/data/tables/measure-links-table';
import { outlinesGeoJson } from '../../src/data/tables/outlines-geojson';
import { csvRecords, parseCsv } from '../csv-parse';

function records(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  return csvRecords(text.slice(BOM.length));
}

describe('csv', () => {
  it('quotes only what needs it, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(1.5)).toBe('1.5');
  });

  it('round-trips awkward fields', () => {
    const awkward = ['a,b', '"q"', 'line\r\nbreak', '', '浦东新区'];
    expect(
      parseCsv(
        toCsv(
          ['x'],
          awkward.map((v) => [v]),
        ).slice(1),
      ),
    ).toEqual([['x'], ...awkward.map((v) => [v])]);
  });
});

describe('areas.csv', () => {
  const rows = records(areasCsv());

  it('has one row per area, with every column', () => {
    expect(rows).toHaveLength(19);
    expect(Object.keys(rows[0] ?? {})).toEqual([...AREA_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(areas.map((a) => a.id));
  });

  it('gives the approval dates the app shows', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.pudong?.approval_date).toBe('1992-10-11');
    expect(byId.xiongan?.approval_date).toBe('2017-04-01');
    for (const r of rows) expect(r.approval_date).toBe(areaById(r.id as never)?.approval.value.date);
  });

  it('keeps the Chinese names intact', () => {
    const pudong = rows.find((r) => r.id === 'pudong');
    expect(pudong?.name_zh).toBe(areaById('pudong')?.name.zh);
    expect(pudong?.province_zh).toBe('上海市');
    expect(pudong?.document_number).toBe('国函〔1992〕145号');
  });

  it('says how exact the outline is, and which measures name the area', () => {
    for (const r of rows) {
      expect(['exact', 'approximate']).toContain(r.outline_precision);
      expect(Number(r.outline_ratio)).toBeGreaterThan(0);
      const named = measuresForArea(r.id as never).named.map((l) => String(l.measure));
      expect(r.measures_naming === '' ? [] : r.measures_naming?.split('; ')).toEqual(named);
      expect(r.sources).not.toBe('');
    }
  });

  it('names the kind of document', () => {
    expect(documentKind('国函〔1992〕145号')).toBe('State Council reply (批复)');
    expect(documentKind('中共中央、国务院通知 (no 国函 number)')).toMatch(/notice/);
    expect(documentNumber('中共中央、国务院通知 (no 国函 number)')).toBe('');
    expect(documentKind('《国务院关于推进天津滨海新区开发开放有关问题的意见》')).toMatch(/opinion/);
  });
});

describe('measure-links.csv', () => {
  const rows = records(measureLinksCsv());

  it('lists each link once, in the three kinds', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...LINK_COLUMNS]);
    const kinds = new Set(rows.map((r) => r.link_kind));
    expect([...kinds].sort()).toEqual(['every-area', 'names', 'through-strategy']);
    const keys = rows.map((r) => `${r.measure}/${r.area}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches the links the details panel shows', () => {
    for (const a of areas) {
      const m = measuresForArea(a.id);
      const mine = rows.filter((r) => r.area === a.id);
      expect(mine.filter((r) => r.link_kind === 'names').map((r) => Number(r.measure))).toEqual(
        m.named.map((l) => l.measure),
      );
      expect(mine.filter((r) => r.link_kind === 'every-area')).toHaveLength(m.every.length);
      expect(mine.filter((r) => r.link_kind === 'through-strategy')).toHaveLength(m.throughStrategy.length);
      for (const r of mine) expect(r.name_zh).toBe(a.name.zh);
    }
  });
});

describe('new-areas.geojson', () => {
  it('carries every outline with its precision', async () => {
    const { readFileSync } = await import('node:fs');
    const fc = JSON.parse(readFileSync('public/geo/areas.hi.geojson', 'utf8'));
    const out = JSON.parse(outlinesGeoJson(fc));
    expect(out.type).toBe('FeatureCollection');
    expect(out.features).toHaveLength(19);
    for (const f of out.features) {
      expect(f.properties.precision).toBe(areaById(f.properties.id)?.precision);
      expect(f.geometry.type).toMatch(/Polygon/);
    }
  });
});
