// Turn mapshaper's per-layer GeoJSON into the app's features: province names, border lines,
// and area outlines cleaned and checked at one level of detail.
import { assertPolygonal, cleanupArea, polygonsOf } from './area-cleanup.mjs';
import { CLEANUP } from './config.mjs';
import { properCrossings } from './crossings.mjs';
import { PROVINCES } from './provinces.mjs';
import { roundGeometry } from './write-geojson.mjs';

export const toFeatures = (json) =>
  json.type === 'GeometryCollection'
    ? json.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g }))
    : json.features;

/** Set of "lon,lat" keys on China's outer boundary, to tell islets from inland slivers. */
export function outlineKeys(chinaJson) {
  const keys = new Set();
  for (const f of toFeatures(chinaJson)) {
    for (const poly of polygonsOf(f.geometry))
      for (const ring of poly) for (const p of ring) keys.add(`${p[0]},${p[1]}`);
  }
  return keys;
}

export function provinceFeatures(json, decimals) {
  const byCode = new Map(PROVINCES.map((p) => [p.adcode, p]));
  return toFeatures(json)
    .map((f) => {
      const p = byCode.get(f.properties.province);
      if (!p) throw new Error(`Unknown province code ${f.properties.province} in the dissolve`);
      const geometry = roundGeometry(f.geometry, decimals);
      assertPolygonal(geometry, `province ${p.adcode}`);
      return {
        type: 'Feature',
        properties: { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en },
        geometry,
      };
    })
    .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
}

export function borderFeatures(json, decimals) {
  return toFeatures(json).map((f) => ({
    type: 'Feature',
    properties: {},
    geometry: roundGeometry(f.geometry, decimals),
  }));
}

/** Area outlines at one level of detail, cleaned and checked; keyed by area id. */
export function areaGeometries(json, chinaJson, areas, decimals) {
  const coast = outlineKeys(chinaJson);
  const isCoastal = (ring) => ring.some((p) => coast.has(`${p[0]},${p[1]}`));
  const byId = new Map(toFeatures(json).map((f) => [f.properties.area_id, f]));
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
