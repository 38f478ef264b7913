// Neighbouring countries from Natural Earth (world-atlas), clipped to the map's box, fitted
// to China's outline from the same topology as the provinces: overlaps with China are
// erased (India alone overlaps it by ~71,000 km², geodata.md §5) and the enclosed gaps
// between Natural Earth's lines and the county data's are given to the adjacent neighbour,
// so no sea-coloured slivers show along the land border.
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import { polygonsOf } from './area-cleanup.mjs';

// Natural Earth's own China, Taiwan, Hong Kong and Macao: the county data replaces them.
const DROP = new Set(['China', 'Taiwan', 'Hong Kong', 'Macao']);

/** Natural Earth countries (TopoJSON) -> GeoJSON, without the units the county data covers. */
export function naturalEarthCountries(topology) {
  const fc = feature(topology, topology.objects.countries);
  const features = fc.features
    .filter((f) => f.geometry && !DROP.has(f.properties?.name))
    .map((f) => ({ type: 'Feature', properties: { name_en: f.properties.name }, geometry: f.geometry }));
  return { type: 'FeatureCollection', features };
}

const asFc = (json) =>
  json.type === 'GeometryCollection'
    ? {
        type: 'FeatureCollection',
        features: json.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g })),
      }
    : json;

const mergedGeometry = (fc) => ({
  type: 'MultiPolygon',
  coordinates: fc.features.flatMap((f) => polygonsOf(f.geometry)),
});

async function run(commands, inputs, output) {
  const out = await mapshaper.applyCommands(commands, inputs);
  if (!out[output]) throw new Error(`mapshaper produced no ${output} (${commands})`);
  return asFc(JSON.parse(out[output]));
}

const key = (p) => `${p[0]},${p[1]}`;

function vertexKeys(geometry) {
  const s = new Set();
  for (const poly of polygonsOf(geometry)) for (const ring of poly) for (const p of ring) s.add(key(p));
  return s;
}

// Squared distance from p to segment ab, in degrees with longitude scaled by cos(lat):
// only used to rank candidates a few km apart, so a local planar measure is enough.
function segDist2(p, a, b, k) {
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  const [qx, qy] = [ax + t * dx - px, ay + t * dy - py];
  return qx * qx + qy * qy;
}

function ringBox(ring) {
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
 */
export function assignGaps(gapRings, neighbours, china) {
  const chinaKeys = vertexKeys(china.geometry);
  const rings = neighbours.flatMap((f) =>
    polygonsOf(f.geometry).flatMap((poly) =>
      poly.map((ring) => ({ name: f.properties.name_en, ring, box: ringBox(ring) })),
    ),
  );
  const assigned = [];
  let unassigned = 0;
  for (const gap of gapRings) {
    const votes = new Map();
    for (const p of gap.filter((q) => !chinaKeys.has(key(q)))) {
      const k = Math.cos((p[1] * Math.PI) / 180);
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

export const neighbourCommands = ({ bbox, interval, precision }) => ({
  // simplify before the erase so the edge along China keeps exactly China's vertices
  fit: `-i countries.json -clip bbox=${bbox.join(',')} -simplify interval=${interval} keep-shapes -erase china.json -o n.json format=geojson precision=${precision}`,
  union:
    '-i n.json c.json combine-files -merge-layers force -dissolve no-snap gap-width=0 -o u.json format=geojson',
  fill: `-i n.json -dissolve name_en -sort name_en -o n2.json format=geojson precision=${precision}`,
});

/** @returns {Promise<{fc: object, commands: object, gaps: {filled: number, unassigned: number}}>} */
export async function buildNeighbours(countriesFc, chinaOutline, opts) {
  const commands = neighbourCommands(opts);
  const china = asFc(chinaOutline);
  const fitted = await run(commands.fit, { 'countries.json': countriesFc, 'china.json': china }, 'n.json');
  const union = await run(commands.union, { 'n.json': fitted, 'c.json': china }, 'u.json');
  const gapRings = union.features.flatMap((f) => polygonsOf(f.geometry).flatMap((poly) => poly.slice(1)));
  const chinaOne = { type: 'Feature', properties: {}, geometry: mergedGeometry(china) };
  const { assigned, unassigned } = assignGaps(gapRings, fitted.features, chinaOne);
  const fc = await run(
    commands.fill,
    { 'n.json': { type: 'FeatureCollection', features: [...fitted.features, ...assigned] } },
    'n2.json',
  );
  return { fc, commands, gaps: { filled: assigned.length, unassigned } };
}
