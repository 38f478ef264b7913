// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { area, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { INPUTS } from '../../scripts/geo/config.mjs';
import { decodeEchartsGeoJson, decodeRing } from '../../scripts/geo/decode-echarts.mjs';
import { GEO_TOOLCHAIN } from './toolchain';

// Offset (10°, 5°) at 1024 units/degree; deltas (0,0) (1,0) (0,2) (-1,-2), zig-zag encoded
// as 0 2 0 4 1 3 and shifted by 64: "@@" "B@" "@D" "AC".
const RING = '@@B@@DAC';
const EXPECTED = [
  [10, 5],
  [10 + 1 / 1024, 5],
  [10 + 1 / 1024, 5 + 2 / 1024],
  [10, 5],
];

describe('decodeRing', () => {
  it('decodes a hand-encoded ring to known coordinates', () => {
    expect(decodeRing(RING, [10240, 5120])).toEqual(EXPECTED);
  });

  it('honours a custom scale', () => {
    expect(decodeRing('B@', [0, 0], 10)).toEqual([[0.1, 0]]);
  });
});

describe('decodeEchartsGeoJson', () => {
  it('decodes Polygon and MultiPolygon features when UTF8Encoding is set', () => {
    const json = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          id: '1',
          properties: { name: 'a' },
          geometry: { type: 'Polygon', coordinates: [RING], encodeOffsets: [[10240, 5120]] },
        },
        {
          type: 'Feature',
          id: '2',
          properties: { name: 'b' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[RING], [RING]],
            encodeOffsets: [[[10240, 5120]], [[0, 0]]],
          },
        },
      ],
    };
    const out = decodeEchartsGeoJson(json);
    expect(out.UTF8Encoding).toBe(false);
    const [a, b] = out.features as { geometry: { coordinates: unknown; encodeOffsets?: unknown } }[];
    expect(a?.geometry.coordinates).toEqual([EXPECTED]);
    expect(a?.geometry.encodeOffsets).toBeUndefined();
    const multi = b?.geometry.coordinates as number[][][][] | undefined;
    expect(multi?.[1]?.[0]?.[1]).toEqual([1 / 1024, 0]);
    // the input is not mutated
    expect(json.features[0]?.geometry.coordinates[0]).toBe(RING);
  });

  it('passes a non-encoded file through unchanged', () => {
    const json = {
      type: 'FeatureCollection',
      UTF8Encoding: false,
      features: [{ geometry: { coordinates: [[[1, 2]]] } }],
    };
    expect(decodeEchartsGeoJson(json)).toBe(json);
    const plain = { type: 'FeatureCollection', features: [] };
    expect(decodeEchartsGeoJson(plain)).toBe(plain);
  });

  it.skipIf(!GEO_TOOLCHAIN)('decodes the real Shanghai file: 黄浦区 is about 20 km²', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(INPUTS.countiesDir, 'shanghai.geojson'), 'utf8'));
    expect(raw.UTF8Encoding).toBe(true);
    const out = decodeEchartsGeoJson(raw);
    const huangpu = (
      out.features as { properties: { name: string }; geometry: { coordinates: number[][][] } }[]
    ).find((f) => f.properties.name === '黄浦区');
    expect(huangpu).toBeDefined();
    const km2 = area(polygon(huangpu?.geometry.coordinates ?? [])) / 1e6;
    expect(km2).toBeGreaterThan(19);
    expect(km2).toBeLessThan(22);
  });
});
