// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assertPolygonal, cleanupArea } from '../../scripts/geo/area-cleanup.mjs';
import { assertPointInside, checkPortDistance, distanceToOutlineKm } from '../../scripts/geo/checks.mjs';
import { properCrossings } from '../../scripts/geo/crossings.mjs';
import { validateConfig } from '../../scripts/geo/validate-config.mjs';

// A 0.2° square around (120°E, 30°N): about 19 km wide and 22 km tall.
const box = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const area = {
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'Polygon' as const, coordinates: [box(119.9, 29.9, 120.1, 30.1)] },
};

describe('representative point check', () => {
  it('passes for a point inside and names the area for a point outside', () => {
    expect(() => assertPointInside('fuzhou', [120, 30], area)).not.toThrow();
    expect(() => assertPointInside('fuzhou', [121, 30], area)).toThrow(/Area "fuzhou".*not inside/);
  });
});

describe('port distance check', () => {
  const port = { id: 'p', area_id: 'fuzhou', lon: 120, lat: 30 };

  it('is 0 inside the outline', () => {
    expect(checkPortDistance(port, area, 50)).toBe(0);
  });

  it('measures the distance to the outline, to 0.1 km', () => {
    // 0.1° of longitude east of the edge at 30°N is about 9.6 km
    const km = checkPortDistance({ ...port, lon: 120.2 }, area, 50);
    expect(km).toBeGreaterThan(9.4);
    expect(km).toBeLessThan(9.8);
    expect(km * 10).toBe(Math.round(km * 10));
  });

  it('throws for a port 60 km away, naming the port and the area', () => {
    // 0.1° + 60 km north of the square's top edge
    const lat = 30.1 + 60 / 111.2;
    expect(distanceToOutlineKm([120, lat], area)).toBeGreaterThan(59);
    expect(() => checkPortDistance({ ...port, lat }, area, 50)).toThrow(
      /Port "p" is 6\d(\.\d)? km from .*area "fuzhou"/,
    );
  });
});

describe('area cleanup', () => {
  const coastal = new Set(['130,40']);
  const isCoastal = (ring: number[][]) => ring.some((p) => coastal.has(`${p[0]},${p[1]}`));
  const opts = { fillHolesBelowKm2: 2, dropInlandPartsBelowKm2: 0.5, isCoastal };

  it('fills holes under 2 km² and keeps bigger ones', () => {
    const tinyHole = box(119.95, 29.95, 119.96, 29.96); // ~1 km²
    const bigHole = box(120.0, 30.0, 120.05, 30.05); // ~25 km²
    const { geometry, filledHoles } = cleanupArea(
      { type: 'Polygon', coordinates: [box(119.9, 29.9, 120.1, 30.1), tinyHole, bigHole] },
      opts,
    );
    expect(geometry.coordinates).toHaveLength(2);
    expect(filledHoles).toHaveLength(1);
  });

  it('drops tiny inland parts but keeps tiny islets on the coast', () => {
    const sliver = box(121, 30, 121.001, 30.001);
    const islet = box(130, 40, 130.001, 40.001);
    const { geometry, droppedParts } = cleanupArea(
      { type: 'MultiPolygon', coordinates: [[box(119.9, 29.9, 120.1, 30.1)], [sliver], [islet]] },
      opts,
    );
    expect(geometry.type).toBe('MultiPolygon');
    expect(geometry.coordinates).toHaveLength(2);
    expect(droppedParts).toHaveLength(1);
  });
});

describe('geometry validity', () => {
  it('rejects empty geometry and degenerate, open or flat rings', () => {
    expect(() => assertPolygonal({ type: 'MultiPolygon', coordinates: [] }, 'Area "x"')).toThrow(
      /Area "x": empty/,
    );
    expect(() =>
      assertPolygonal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        'A',
      ),
    ).toThrow(/degenerate/);
    expect(() =>
      assertPolygonal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
            ],
          ],
        },
        'A',
      ),
    ).toThrow(/not closed/);
    expect(() =>
      assertPolygonal(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [2, 0],
              [0, 0],
            ],
          ],
        },
        'A',
      ),
    ).toThrow(/zero area/);
    expect(() => assertPolygonal(area.geometry, 'A')).not.toThrow();
  });

  it('finds proper self-crossings but accepts parts touching at a vertex', () => {
    const bowtie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(properCrossings(bowtie)).toHaveLength(1);
    const touching = { type: 'MultiPolygon' as const, coordinates: [[box(0, 0, 1, 1)], [box(1, 1, 2, 2)]] };
    expect(properCrossings(touching)).toHaveLength(0);
  });
});

describe('config validation', () => {
  const areas = {
    areas: [
      {
        id: 'binhai',
        name_en: 'Tianjin Binhai New Area',
        name_zh: '天津滨海新区',
        short_en: 'Binhai',
        short_zh: '滨海新区',
        point: { lon: 117.7, lat: 39 },
        parts: [{ file: 'tianjin', names: ['滨海新区'], partial: false }],
      },
    ],
  };
  const port = { id: 'tianjin', area_id: 'binhai', lon: 117.78, lat: 38.97, approximate: true };

  it('accepts ports that point at known areas', () => {
    expect(validateConfig(areas, { ports: [port] }).ports).toHaveLength(1);
  });

  it('throws on an area without a short label name', () => {
    const [first] = areas.areas;
    expect(() => validateConfig({ areas: [{ ...first, short_zh: '' }] }, { ports: [] })).toThrow(
      /Area "binhai": short_zh must be a non-empty string/,
    );
  });

  it('throws on an unknown area_id in ports.json', () => {
    expect(() => validateConfig(areas, { ports: [{ ...port, area_id: 'tianjin-port' }] })).toThrow(
      /Port "tianjin": unknown area_id "tianjin-port"/,
    );
  });
});
