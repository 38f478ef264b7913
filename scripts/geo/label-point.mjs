// One label point per province, well inside its largest part. Symbol placement on polygons would
// label every tile a province crosses (and every islet), so the map labels these points instead.
import { booleanPointInPolygon, area as turfArea } from '@turf/turf';
import { polygonsOf } from './area-cleanup.mjs';

/** @typedef {import('./area-cleanup.mjs').Ring} Ring */

/**
 * Distance in degrees (longitude scaled by cos(latitude)) from a point to the nearest ring edge.
 * @param {[number, number]} point
 * @param {Ring[]} rings
 */
function edgeDistance([x, y], rings) {
  const k = Math.cos((y * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1];
      const [bx, by] = ring[i];
      const dx = (bx - ax) * k;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * k * dx + (y - ay) * dy) / len2)) : 0;
      best = Math.min(best, Math.hypot((x - ax) * k - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

/**
 * A point inside the geometry's largest part, as far from its edges as a grid search finds.
 * @param {import('geojson').Geometry} geometry  one with no polygon throws
 * @returns {[number, number]}
 */
export function labelPoint(geometry, steps = 48) {
  const parts = polygonsOf(geometry);
  let largest = parts[0];
  let largestArea = -1;
  for (const rings of parts) {
    const a = turfArea({ type: 'Polygon', coordinates: rings });
    if (a > largestArea) [largest, largestArea] = [rings, a];
  }
  if (!largest) throw new Error('labelPoint: empty geometry');
  /** @type {import('geojson').Polygon} */
  const poly = { type: 'Polygon', coordinates: largest };
  const xs = largest[0].map((p) => p[0]);
  const ys = largest[0].map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  /** @type {{ p: [number, number], d: number } | null} */
  let best = null;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      /** @type {[number, number]} */
      const p = [w + ((e - w) * (i + 0.5)) / (steps + 1), s + ((n - s) * (j + 0.5)) / (steps + 1)];
      if (!booleanPointInPolygon(p, poly)) continue;
      const d = edgeDistance(p, largest);
      if (!best || d > best.d) best = { p, d };
    }
  }
  if (!best) throw new Error('labelPoint: no grid point falls inside the largest part');
  return best.p;
}
