// Checks the data against the map's outlines (public/geo/areas.hi.geojson, built by `npm run geo`).

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areas } from '../../src/data';

const FILE = resolve(__dirname, '../../public/geo/areas.hi.geojson');

function outlines(): Feature<Polygon | MultiPolygon, { id: string }>[] {
  if (!existsSync(FILE)) throw new Error('public/geo/areas.hi.geojson is missing: run `npm run geo`');
  const collection = JSON.parse(readFileSync(FILE, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { id: string }
  >;
  return collection.features;
}

describe('areas against public/geo/areas.hi.geojson', () => {
  it('has one feature per profile and one profile per feature', () => {
    const ids = outlines().map((f) => f.properties.id);
    expect([...ids].sort()).toEqual(areas.map((a) => a.id).sort());
  });

  it("puts each representative point inside its area's outline", () => {
    const features = outlines();
    for (const a of areas) {
      const feature = features.find((f) => f.properties.id === a.id);
      if (!feature) throw new Error(`no outline for ${a.id}`);
      const { lon, lat } = a.point.value;
      expect(booleanPointInPolygon([lon, lat], feature), a.id).toBe(true);
    }
  });
});
