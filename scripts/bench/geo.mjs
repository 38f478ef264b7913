// The areas as the map draws them (public/geo/areas.points.geojson).
import { readFileSync } from 'node:fs';

/** @typedef {{ id: string, name: string, lon: number, lat: number }} BenchArea */

/**
 * @returns {BenchArea[]}
 */
export function readAreas(root = '.') {
  /** @type {import('geojson').FeatureCollection<import('geojson').Point, { id: string, name_en: string }>} */
  const fc = JSON.parse(readFileSync(`${root}/public/geo/areas.points.geojson`, 'utf8'));
  return fc.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name_en,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
}
