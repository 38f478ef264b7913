// The ten dashes of the line China claims in the South China Sea (南海诸岛 inset and map), from
// @surbowl/world-geo-json-zh (Unlicense), drawn after DataV/AMap (GS京(2022)1061号). The package's
// China feature ends with them: ten thin polygons, labelled "十段线" in its world.zh.jsonc. Only the
// dashes are taken; its coarse mainland outline is not.
import fs from 'node:fs';
import { polygonToLine, area as turfArea, bbox as turfBbox, length as turfLength } from '@turf/turf';

/** Where the dashes lie: west, south, east, north. */
const SCS_BOX = [105, 3, 125, 26];
export const DASH_COUNT = 10;

/** @typedef {import('geojson').Feature<import('geojson').Polygon, { n: number }>} DashFeature */

/**
 * @param {string} file  the package's world.zh.json
 * @returns {DashFeature[]}
 */
export function readDashes(file) {
  /** @type {import('geojson').FeatureCollection<import('geojson').Geometry, Record<string, unknown>>} */
  const world = JSON.parse(fs.readFileSync(file, 'utf8'));
  const china = world.features.find((f) => f.properties?.iso_a3 === 'CHN');
  if (china?.geometry.type !== 'MultiPolygon') throw new Error(`${file}: no China MultiPolygon`);
  const polygons = china.geometry.coordinates.slice(-DASH_COUNT);
  return polygons.map((rings, i) => {
    /** @type {DashFeature} */
    const f = {
      type: 'Feature',
      properties: { n: i + 1 },
      geometry: { type: 'Polygon', coordinates: rings },
    };
    const [w, s, e, n] = turfBbox(f);
    if (w < SCS_BOX[0] || s < SCS_BOX[1] || e > SCS_BOX[2] || n > SCS_BOX[3]) {
      throw new Error(`${file}: polygon ${i + 1} of the last ${DASH_COUNT} lies outside the South China Sea`);
    }
    // A dash is a thin strip: its area is tiny against its length (2–3 km wide, 100–200 km long).
    const km2 = turfArea(f) / 1e6;
    const km = turfLength(
      /** @type {import('geojson').Feature<import('geojson').LineString>} */ (polygonToLine(f)),
    );
    if (km2 / (km / 2) > 5)
      throw new Error(`${file}: polygon ${i + 1} is not a thin dash (${km2.toFixed(0)} km²)`);
    return f;
  });
}
