// Deterministic GeoJSON text: fixed key order, coordinates rounded to a fixed number of
// decimals, one feature per line (readable diffs), no trailing whitespace.

/**
 * Round to `decimals` places; never emits -0.
 * @param {number} x
 * @param {number} decimals
 */
export function roundTo(x, decimals) {
  const r = Number(x.toFixed(decimals));
  return Object.is(r, -0) ? 0 : r;
}

/** @typedef {import('geojson').Position} Position */

/**
 * @param {Position} a
 * @param {Position} b
 */
const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];

/**
 * @param {Position[]} ring
 * @param {number} d
 */
function roundRing(ring, d) {
  /** @type {Position[]} */
  const out = [];
  for (const p of ring) {
    const q = [roundTo(p[0], d), roundTo(p[1], d)];
    if (out.length === 0 || !samePoint(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

/**
 * Round a geometry's coordinates, dropping repeats that rounding creates.
 * @template {import('geojson').Geometry} G
 * @param {G} g
 * @param {number} d
 * @returns {G} of the same type (a new object with only `type` and `coordinates`)
 */
export function roundGeometry(g, d) {
  return /** @type {G} */ (rounded(g, d));
}

/**
 * @param {import('geojson').Geometry} g
 * @param {number} d
 * @returns {import('geojson').Geometry}
 */
function rounded(g, d) {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [roundTo(g.coordinates[0], d), roundTo(g.coordinates[1], d)] };
    case 'LineString':
      return { type: g.type, coordinates: roundRing(g.coordinates, d) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => roundRing(r, d)) };
    case 'MultiPolygon':
      return { type: g.type, coordinates: g.coordinates.map((p) => p.map((r) => roundRing(r, d))) };
    default:
      throw new Error(`Unsupported geometry type ${g.type}`);
  }
}

/**
 * Serialise features as a FeatureCollection. `keys` fixes the property order (every
 * feature must have exactly these keys), then `optional` ones where a feature has them; coordinates are
 * rounded to `decimals`.
 * @param {{ properties: Record<string, unknown>, geometry: import('geojson').Geometry }[]} features
 * @param {{ keys: string[], optional?: string[], decimals: number }} options
 */
export function featureCollectionText(features, { keys, optional = [], decimals }) {
  const lines = features.map((f) => {
    /** @type {Record<string, unknown>} */
    const props = {};
    for (const k of keys) {
      if (!(k in f.properties)) throw new Error(`Feature lacks property "${k}"`);
      props[k] = f.properties[k];
    }
    for (const k of optional) if (k in f.properties) props[k] = f.properties[k];
    const extra = Object.keys(f.properties).filter((k) => !keys.includes(k) && !optional.includes(k));
    if (extra.length) throw new Error(`Unexpected properties: ${extra.join(', ')}`);
    const geometry = roundGeometry(f.geometry, decimals);
    return JSON.stringify({ type: 'Feature', properties: props, geometry });
  });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Number of decimals that a precision like 0.001 stands for.
 * @param {number} precision
 */
export const decimalsOf = (precision) => Math.round(-Math.log10(precision));
