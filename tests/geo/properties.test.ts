// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  AREA_KEYS,
  areaProperties,
  PORT_KEYS,
  portProperties,
  precisionOf,
} from '../../scripts/geo/properties.mjs';
import { featureCollectionText, roundGeometry, roundTo } from '../../scripts/geo/write-geojson.mjs';

const area = {
  id: 'pudong',
  name_en: 'Shanghai Pudong New Area',
  name_zh: '上海浦东新区',
  short_en: 'Pudong',
  short_zh: '浦东新区',
  official_km2: 1210,
  point: { lon: 121.5, lat: 31.2 },
  parts: [{ file: 'shanghai', names: ['浦东新区'], partial: false }],
  missing_parts: [],
};

describe('precisionOf', () => {
  it('is exact only for whole divisions with nothing missing', () => {
    expect(precisionOf(area)).toBe('exact');
    expect(precisionOf({ ...area, parts: [...area.parts, { file: 'f', names: ['x'], partial: true }] })).toBe(
      'approximate',
    );
    expect(precisionOf({ ...area, missing_parts: ['八卦洲'] })).toBe('approximate');
  });
});

describe('areaProperties', () => {
  it('rounds the outline to 1 km², the ratio to 2 decimals, in a fixed key order', () => {
    const p = areaProperties(area, 1698.4);
    expect(Object.keys(p)).toEqual(AREA_KEYS);
    expect(p).toEqual({
      id: 'pudong',
      name_en: 'Shanghai Pudong New Area',
      name_zh: '上海浦东新区',
      label_en: 'Pudong',
      label_zh: '浦东新区',
      precision: 'exact',
      official_km2: 1210,
      outline_km2: 1698,
      ratio: 1.4,
    });
    expect(areaProperties({ ...area, official_km2: 499 }, 5074.6).ratio).toBe(10.17);
  });

  it('rejects a missing official area', () => {
    expect(() => areaProperties({ ...area, official_km2: 0 }, 10)).toThrow(/pudong.*official_km2/);
  });
});

describe('portProperties', () => {
  it('keeps the key order and turns a null source into an empty string', () => {
    const port = {
      id: 'tianjin',
      plan_name: 'Tianjin Port',
      name_en: 'Port of Tianjin',
      name_zh: '天津港',
      area_id: 'binhai',
      lon: 117.78,
      lat: 38.97,
      approximate: true,
      source: null,
      note: 'not copied',
    };
    const p = portProperties(port, 0);
    expect(Object.keys(p)).toEqual(PORT_KEYS);
    expect(p.source).toBe('');
    expect(p.approximate).toBe(true);
  });
});

describe('GeoJSON writer', () => {
  it('rounds to fixed decimals without -0 and drops repeats that rounding creates', () => {
    expect(roundTo(-0.00001, 3)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 3), -0)).toBe(false);
    const g = roundGeometry(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1.00001, 0],
            [1.00002, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      3,
    );
    expect(g.coordinates).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ]);
  });

  it('writes properties in the given key order and gives identical text for identical input', () => {
    const f = {
      properties: { b: 2, a: 1 },
      geometry: { type: 'Point' as const, coordinates: [1.23456, 2.5] },
    };
    const text = featureCollectionText([f], { keys: ['a', 'b'], decimals: 2 });
    expect(text).toBe(
      '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{"a":1,"b":2},"geometry":{"type":"Point","coordinates":[1.23,2.5]}}\n]}\n',
    );
    expect(featureCollectionText([f], { keys: ['a', 'b'], decimals: 2 })).toBe(text);
    expect(() => featureCollectionText([f], { keys: ['a'], decimals: 2 })).toThrow(
      /Unexpected properties: b/,
    );
  });
});
