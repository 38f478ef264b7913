// Neighbouring countries from Natural Earth (world-atlas), clipped to the map's box, fitted
// to China's outline from the same topology as the provinces: overlaps with China are
// erased (India alone overlaps it by ~71,000 km², geodata.md §5) and the enclosed gaps
// between Natural Earth's lines and the county data's are given to the adjacent neighbour,
// so no sea-coloured slivers show along the land border.
import { feature } from 'topojson-client';
import { polygonsOf } from './area-cleanup.mjs';
import { applyCommands } from './mapshaper.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Geometry} Geometry */
/** @typedef {import('geojson').FeatureCollection} FeatureCollection */
/** @typedef {import('./area-cleanup.mjs').Ring} Ring */
/** @typedef {import('geojson').Feature<Geometry, { name_en: string }>} NeighbourFeature */
/** @typedef {import('geojson').FeatureCollection<Geometry, { name_en: string }>} NeighbourCollection */

// Natural Earth's own China, Taiwan, Hong Kong and Macao: the county data replaces them.
const DROP = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao']);

/**
 * Natural Earth countries (TopoJSON) -> GeoJSON, without the units the county data covers.
 * @param {import('topojson-specification').Topology} topology  world-atlas countries-*.json
 * @returns {NeighbourCollection}
 */
export function naturalEarthCountries(topology) {
  const countries = /** @type {import('topojson-specification').GeometryCollection<{ name: string }>} */ (
    topology.objects.countries
  );
  const fc = feature(topology, countries);
  /** @type {NeighbourFeature[]} */
  const features = fc.features
    .filter((f) => f.geometry && !DROP.has(f.properties?.name))
    .map((f) => ({ type: 'Feature', properties: { name_en: f.properties.name }, geometry: f.geometry }));
  return { type: 'FeatureCollection', features };
}

/**
 * @param {import('./topology.mjs').LayerJson} json
 * @returns {FeatureCollection}
 */
const asFc = (json) =>
  json.type === 'GeometryCollection'
    ? {
        type: 'FeatureCollection',
        features: json.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g })),
      }
    : json;

/**
 * @param {FeatureCollection} fc
 * @returns {import('geojson').MultiPolygon}
 */
const mergedGeometry = (fc) => ({
  type: 'MultiPolygon',
  coordinates: fc.features.flatMap((f) => polygonsOf(f.geometry)),
});

/**
 * @param {string} commands
 * @param {Record<string, object>} inputs
 * @param {string} output  the file to read back
 */
async function run(commands, inputs, output) {
  const text = (await applyCommands(commands, inputs))[output];
  if (!text) throw new Error(`mapshaper produced no ${output} (${commands})`);
  return asFc(JSON.parse(text));
}

/** @param {Position} p */
const key = (p) => `${p[0]},${p[1]}`;

/** @param {Geometry} geometry */
function vertexKeys(geometry) {
  /** @type {Set<string>} */
  const s = new Set();
  for (const poly of polygonsOf(geometry)) for (const ring of poly) for (const p of ring) s.add(key(p));
  return s;
}

// Squared distance from p to segment ab, in degrees with longitude scaled by cos(lat):
// only used to rank candidates a few km apart, so a local planar measure is enough.
/**
 * @param {Position} p
 * @param {Position} a
 * @param {Position} b
 * @param {number} k  cos(latitude)
 */
function segDist2(p, a, b, k) {
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const [qx, qy] = [ax + t * dx - px, ay + t * dy - py];
  return qx * qx + qy * qy;
}

/**
 * @param {Ring} ring
 * @returns {[number, number, number, number]} [W, S, E, N]
 */
function ringBox(ring) {
  /** @type {[number, number, number, number]} */
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * Give each enclosed gap between the neighbours and China to the neighbour on its far side:
 * the one nearest to the gap's vertices that are not China's. A gap with only China's
 * vertices is a hole in China's own outline and is left alone.
 * @param {Ring[]} gapRings
 * @param {NeighbourFeature[]} neighbours
 * @param {import('geojson').Feature} china  all of China as one feature
 */
export function assignGaps(gapRings, neighbours, china) {
  const chinaKeys = vertexKeys(china.geometry);
  const rings = neighbours.flatMap((f) =>
    polygonsOf(f.geometry).flatMap((poly) =>
      poly.map((ring) => ({ name: f.properties.name_en, ring, box: ringBox(ring) })),
    ),
  );
  /** @type {import('geojson').Feature<import('geojson').Polygon, { name_en: string }>[]} */
  const assigned = [];
  let unassigned = 0;
  for (const gap of gapRings) {
    /** @type {Map<string, number>} */
    const votes = new Map();
    for (const p of gap.filter((q) => !chinaKeys.has(key(q)))) {
      const k = Math.cos((p[1] * Math.PI) / 180);
      /** @type {string | null} */
      let best = null;
      let bestD = 0.01 ** 2; // ~1 km: farther than that is not this gap's bank
      for (const { name, ring, box } of rings) {
        if (p[0] < box[0] - 0.01 || p[0] > box[2] + 0.01 || p[1] < box[1] - 0.01 || p[1] > box[3] + 0.01)
          continue;
        for (let i = 1; i < ring.length; i++) {
          const d = segDist2(p, ring[i - 1], ring[i], k);
          if (d < bestD || (d === bestD && best !== null && name < best)) [best, bestD] = [name, d];
        }
      }
      if (best) votes.set(best, (votes.get(best) ?? 0) + 1);
    }
    const winner = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (winner) {
      assigned.push({
        type: 'Feature',
        properties: { name_en: winner },
        geometry: { type: 'Polygon', coordinates: [gap] },
      });
    } else unassigned++;
  }
  return { assigned, unassigned };
}

/** @param {typeof import('./config.mjs').NEIGHBOURS} options */
export const neighbourCommands = ({ bbox, interval, precision }) => ({
  // simplify before the erase so the edge along China keeps exactly China's vertices
  fit: `-i countries.json -clip bbox=${bbox.join(',')} -simplify interval=${interval} keep-shapes -erase china.json -o n.json format=geojson precision=${precision}`,
  union:
    '-i n.json c.json combine-files -merge-layers force -dissolve no-snap gap-width=0 -o u.json format=geojson',
  fill: `-i n.json -dissolve name_en -sort name_en -o n2.json format=geojson precision=${precision}`,
});

/**
 * @param {FeatureCollection} countriesFc  from naturalEarthCountries
 * @param {import('./topology.mjs').LayerJson} chinaOutline  China's outline from the shared topology
 * @param {typeof import('./config.mjs').NEIGHBOURS} opts
 */
export async function buildNeighbours(countriesFc, chinaOutline, opts) {
  const commands = neighbourCommands(opts);
  const china = asFc(chinaOutline);
  const fitted = await run(commands.fit, { 'countries.json': countriesFc, 'china.json': china }, 'n.json');
  const union = await run(commands.union, { 'n.json': fitted, 'c.json': china }, 'u.json');
  const gapRings = union.features.flatMap((f) => polygonsOf(f.geometry).flatMap((poly) => poly.slice(1)));
  /** @type {import('geojson').Feature} */
  const chinaOne = { type: 'Feature', properties: {}, geometry: mergedGeometry(china) };
  // The fitted countries keep naturalEarthCountries' name_en through the clip and the erase.
  const neighbours = /** @type {NeighbourFeature[]} */ (fitted.features);
  const { assigned, unassigned } = assignGaps(gapRings, neighbours, chinaOne);
  const filled = await run(
    commands.fill,
    { 'n.json': { type: 'FeatureCollection', features: [...fitted.features, ...assigned] } },
    'n2.json',
  );
  // Dissolved by name_en, which every feature had going in.
  const fc = /** @type {NeighbourCollection} */ (filled);
  return { fc, commands, gaps: { filled: assigned.length, unassigned } };
}
