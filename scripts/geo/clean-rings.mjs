// Source rings carry many consecutive duplicate vertices (quantisation to 1/1024°) and a
// few rings too short to be polygons; mapshaper copes, but our own checks (areas, point in
// polygon) and the output writer need well-formed rings.

/** @typedef {import('./area-cleanup.mjs').Ring} Ring */
/** @typedef {[number, number]} LonLat */

/**
 * @param {import('geojson').Position} a
 * @param {import('geojson').Position} b
 */
const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * Drop consecutive duplicates and close the ring; null if fewer than 4 positions remain.
 * @param {unknown[]} ring  positions as the source has them, maybe malformed
 * @returns {LonLat[] | null}
 */
export function cleanRing(ring) {
  /** @type {LonLat[]} */
  const out = [];
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
    if (out.length === 0 || !samePoint(out[out.length - 1], p)) out.push([p[0], p[1]]);
  }
  if (out.length > 0 && !samePoint(out[0], out[out.length - 1])) out.push([out[0][0], out[0][1]]);
  return out.length >= 4 ? out : null;
}

/**
 * Polygon rings -> cleaned rings; null when the exterior ring is degenerate.
 * @param {unknown[][]} rings
 * @returns {LonLat[][] | null}
 */
export function cleanPolygon(rings) {
  const outer = rings.length > 0 ? cleanRing(rings[0]) : null;
  if (!outer) return null;
  const holes = rings
    .slice(1)
    .map(cleanRing)
    .filter((r) => r !== null);
  return [outer, ...holes];
}

/**
 * Clean a Polygon/MultiPolygon geometry. Returns a MultiPolygon (possibly with no polygons)
 * and the number of rings dropped, so callers can decide whether an empty result is fatal.
 * @param {{ type?: unknown, coordinates?: unknown } | null | undefined} geometry  as the source has it
 * @returns {{ geometry: import('geojson').MultiPolygon, droppedRings: number }}
 */
export function cleanGeometry(geometry) {
  const polys = /** @type {unknown[][][]} */ (
    geometry?.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : []
  );
  const before = polys.reduce((n, p) => n + p.length, 0);
  const cleaned = polys.map(cleanPolygon).filter((p) => p !== null);
  const after = cleaned.reduce((n, p) => n + p.length, 0);
  return { geometry: { type: 'MultiPolygon', coordinates: cleaned }, droppedRings: before - after };
}
