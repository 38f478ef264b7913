// Turn mapshaper's per-layer GeoJSON into the app's features: province names, border lines,
// and area outlines cleaned and checked at one level of detail.
import { assertPolygonal, cleanupArea, polygonsOf } from './area-cleanup.mjs';
import { CLEANUP } from './config.mjs';
import { properCrossings } from './crossings.mjs';
import { PROVINCES } from './provinces.mjs';
import { roundGeometry } from './write-geojson.mjs';

/** @typedef {import('./topology.mjs').LayerJson} LayerJson */
/** @typedef {import('geojson').Feature} Feature */
/** @typedef {{ adcode: string, name_zh: string, name_en: string }} ProvinceProperties */
/** @typedef {import('geojson').Feature<import('geojson').Geometry, ProvinceProperties>} ProvinceFeature */

/**
 * @param {LayerJson} json
 * @returns {Feature[]}
 */
export const toFeatures = (json) =>
  json.type === 'GeometryCollection'
    ? json.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g }))
    : json.features;

/**
 * Set of "lon,lat" keys on China's outer boundary, to tell islets from inland slivers.
 * @param {LayerJson} chinaJson
 */
export function outlineKeys(chinaJson) {
  const keys = new Set();
  for (const f of toFeatures(chinaJson)) {
    for (const poly of polygonsOf(f.geometry))
      for (const ring of poly) for (const p of ring) keys.add(`${p[0]},${p[1]}`);
  }
  return keys;
}

/**
 * @param {LayerJson} json  the provinces dissolved by adcode (`province`)
 * @param {number} decimals
 * @returns {ProvinceFeature[]}
 */
export function provinceFeatures(json, decimals) {
  const byCode = new Map(PROVINCES.map((p) => [p.adcode, p]));
  /** @type {ProvinceFeature[]} */
  const features = toFeatures(json).map((f) => {
    const code = f.properties?.province;
    const p = byCode.get(code);
    if (!p) throw new Error(`Unknown province code ${code} in the dissolve`);
    const geometry = roundGeometry(f.geometry, decimals);
    assertPolygonal(geometry, `province ${p.adcode}`);
    return {
      type: 'Feature',
      properties: { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en },
      geometry,
    };
  });
  return features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
}

/**
 * @param {LayerJson} json
 * @param {number} decimals
 */
export function borderFeatures(json, decimals) {
  return toFeatures(json).map((f) => ({
    type: 'Feature',
    properties: {},
    geometry: roundGeometry(f.geometry, decimals),
  }));
}

/**
 * Area outlines at one level of detail, cleaned and checked; keyed by area id.
 * @param {LayerJson} json       the areas dissolved by `area_id`
 * @param {LayerJson} chinaJson  China's outline at the same level of detail
 * @param {Pick<import('./validate-config.mjs').AreaConfig, 'id'>[]} areas
 * @param {number} decimals
 */
export function areaGeometries(json, chinaJson, areas, decimals) {
  const coast = outlineKeys(chinaJson);
  /** @param {import('./area-cleanup.mjs').Ring} ring */
  const isCoastal = (ring) => ring.some((p) => coast.has(`${p[0]},${p[1]}`));
  const byId = new Map(toFeatures(json).map((f) => [f.properties?.area_id, f]));
  /** @type {Map<string, import('./area-cleanup.mjs').CleanedArea>} */
  const result = new Map();
  for (const area of areas) {
    const f = byId.get(area.id);
    if (!f) throw new Error(`Area "${area.id}": the dissolve produced no outline`);
    const cleaned = cleanupArea(roundGeometry(f.geometry, decimals), { ...CLEANUP, isCoastal });
    assertPolygonal(cleaned.geometry, `Area "${area.id}" outline`);
    const crossings = properCrossings(cleaned.geometry);
    if (crossings.length) {
      throw new Error(
        `Area "${area.id}" outline has ${crossings.length} self-crossing edge(s), e.g. at ${crossings[0].join(', ')}`,
      );
    }
    result.set(area.id, cleaned);
  }
  return result;
}
