// One mapshaper session over every county: provinces, area outlines, province borders and
// China's outline are dissolved from the same arcs, then simplified together, so the coast,
// province borders and area edges coincide exactly at every level of detail.
import { applyCommands } from './mapshaper.mjs';

/** @typedef {import('./config.mjs').Lod} Lod */
/** @typedef {import('./load-counties.mjs').County} County */

/**
 * A layer as mapshaper writes it: a GeometryCollection when the layer has no attributes.
 * @typedef {import('geojson').FeatureCollection | import('geojson').GeometryCollection} LayerJson
 */
/** @typedef {Record<Layer, LayerJson>} LodLayers */

/**
 * GeoJSON input for mapshaper: every county tagged with its province and area (or '').
 * @param {Map<string, County[]>} byFile
 * @param {Map<County, string>} areaOfCounty  area id by county
 * @returns {import('geojson').FeatureCollection<import('geojson').MultiPolygon, { province: string, area_id: string }>}
 */
export function countyCollection(byFile, areaOfCounty) {
  /** @type {import('geojson').Feature<import('geojson').MultiPolygon, { province: string, area_id: string }>[]} */
  const features = [];
  for (const counties of byFile.values()) {
    for (const c of counties) {
      if (c.geometry.coordinates.length === 0) continue;
      features.push({
        type: 'Feature',
        properties: { province: c.province, area_id: areaOfCounty.get(c) ?? '' },
        geometry: c.geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const LAYERS = /** @type {const} */ (['provinces', 'areas', 'borders', 'china']);
/** @typedef {typeof LAYERS[number]} Layer */

/**
 * The mapshaper command string (exported for the manifest and for reading).
 * @param {typeof import('./config.mjs').LODS} lods
 */
export function topologyCommands(lods) {
  /**
   * @param {Lod} lod
   * @param {number} precision
   */
  const out = (lod, precision) =>
    LAYERS.map((l) => `-o ${lod}-${l}.json target=${l} format=geojson precision=${precision}`).join(' ');
  /** @param {{ base: number, areas: number }} lod */
  const simplify = (lod) =>
    `-simplify variable interval="area_id ? ${lod.areas} : ${lod.base}" target=counties keep-shapes`;
  // -clean repairs overlaps (Kinmen, Dongsha, Taiping are in two sources) and gaps first.
  // hi is simplified first; lo is simplified from hi's retained vertices, so lo ⊂ hi.
  return [
    '-i counties.json name=counties',
    // gap-width=1km also closes the few-km² gaps around the coarse Cangzhou file (3 km detail).
    '-clean gap-width=1km target=counties',
    '-dissolve province target=counties + name=provinces',
    `-filter "area_id !== ''" target=counties + name=area_counties`,
    '-dissolve area_id target=area_counties + name=areas',
    '-innerlines target=provinces + name=borders',
    '-dissolve target=provinces + name=china',
    simplify(lods.hi),
    out('hi', lods.hi.precision),
    simplify(lods.lo),
    out('lo', lods.lo.precision),
  ].join(' ');
}

/**
 * Run the session; returns { hi: {provinces, areas, borders, china}, lo: {...} } as GeoJSON.
 * @param {import('geojson').FeatureCollection} countiesFc
 * @param {typeof import('./config.mjs').LODS} lods
 * @returns {Promise<{ result: Record<Lod, LodLayers>, commands: string }>}
 */
export async function buildTopology(countiesFc, lods) {
  const cmds = topologyCommands(lods);
  const files = await applyCommands(cmds, { 'counties.json': countiesFc });
  /** @type {Record<string, Record<string, LayerJson>>} */
  const result = {};
  for (const lod of ['hi', 'lo']) {
    result[lod] = {};
    for (const l of LAYERS) {
      const text = files[`${lod}-${l}.json`];
      if (!text) throw new Error(`mapshaper produced no ${lod}-${l}.json`);
      result[lod][l] = JSON.parse(text);
    }
  }
  // Every level and layer was filled above (or it threw).
  return { result: /** @type {Record<Lod, LodLayers>} */ (result), commands: cmds };
}
