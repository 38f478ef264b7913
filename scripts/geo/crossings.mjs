// Proper crossings between polygon edges (two edges crossing in both their interiors).
// Parts of a MultiPolygon may touch at a vertex (valid GeoJSON), which turf.kinks and
// turf.booleanValid both report; a crossing is what actually breaks rendering and areas.
import { polygonsOf } from './area-cleanup.mjs';

/** @typedef {import('geojson').Position} Position */

/**
 * @param {Position} a
 * @param {Position} b
 * @param {Position} c
 */
const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/**
 * @param {[Position, Position]} s
 * @param {[Position, Position]} t
 */
function properlyCross(s, t) {
  const [a, b] = s;
  const [c, d] = t;
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

/**
 * Proper edge crossings within a Polygon/MultiPolygon, as [[x, y], ...] of one endpoint.
 * @param {import('geojson').Geometry} geometry
 * @returns {Position[]}
 */
export function properCrossings(geometry) {
  /** @typedef {{ a: Position, b: Position, x0: number, x1: number, y0: number, y1: number }} Segment */
  /** @type {Segment[]} */
  const segs = [];
  for (const poly of polygonsOf(geometry)) {
    for (const ring of poly) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        segs.push({
          a,
          b,
          x0: Math.min(a[0], b[0]),
          x1: Math.max(a[0], b[0]),
          y0: Math.min(a[1], b[1]),
          y1: Math.max(a[1], b[1]),
        });
      }
    }
  }
  segs.sort((s, t) => s.x0 - t.x0);
  /** @type {Position[]} */
  const hits = [];
  /** @type {Segment[]} */
  const active = [];
  for (const s of segs) {
    // sweep along x: keep only segments whose x-range still reaches this one
    for (let i = active.length - 1; i >= 0; i--) if (active[i].x1 < s.x0) active.splice(i, 1);
    for (const t of active) {
      if (t.y1 < s.y0 || t.y0 > s.y1) continue;
      if (properlyCross([s.a, s.b], [t.a, t.b])) hits.push(s.a);
    }
    active.push(s);
  }
  return hits;
}
