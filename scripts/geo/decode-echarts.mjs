// Port of decode()/decodePolygon() from echarts@4.9.0 src/coord/geo/parseGeoJson.js.
// Only 2 of the 392 county files (shanghai, chongqing) are still encoded; the rest carry
// plain coordinates next to a stale `encodeOffsets`, so decoding must follow the flag.

/**
 * A feature of an encoded file: each ring a string, with one [x, y] offset per ring.
 * @typedef {object} EncodedFeature
 * @property {{ name?: string } | null} [properties]
 * @property {EncodedGeometry} geometry
 */
/**
 * @typedef {{ type: 'Polygon', coordinates: string[], encodeOffsets: number[][] }
 *   | { type: 'MultiPolygon', coordinates: string[][], encodeOffsets: number[][][] }
 *   | { type: Exclude<import('geojson').Geometry['type'], 'Polygon' | 'MultiPolygon'> }} EncodedGeometry
 */

/**
 * Decode one ring string, starting from its [x, y] offset, at `scale` units per degree.
 * @param {string} encoded
 * @param {number[]} offset
 * @returns {[number, number][]}
 */
export function decodeRing(encoded, offset, scale = 1024) {
  /** @type {[number, number][]} */
  const ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // zig-zag decoding, then delta decoding
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/**
 * Return a plain GeoJSON copy of an ECharts map file. Files whose `UTF8Encoding` is falsy
 * are returned unchanged (same object).
 * @template {{ UTF8Encoding?: boolean, UTF8Scale?: number, features: unknown[] }} T
 * @param {T} json
 * @returns {T}
 */
export function decodeEchartsGeoJson(json) {
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale ?? 1024;
  const encoded = /** @type {EncodedFeature[]} */ (json.features);
  const features = encoded.map((feature) => {
    const g = feature.geometry;
    let coordinates;
    if (g.type === 'Polygon') {
      coordinates = g.coordinates.map((ring, r) => decodeRing(ring, g.encodeOffsets[r], scale));
    } else if (g.type === 'MultiPolygon') {
      coordinates = g.coordinates.map((poly, p) =>
        poly.map((ring, r) => decodeRing(ring, g.encodeOffsets[p][r], scale)),
      );
    } else {
      throw new Error(`Cannot decode geometry type ${g.type} (feature ${feature.properties?.name})`);
    }
    const { encodeOffsets: _dropped, ...rest } = g;
    return { ...feature, geometry: { ...rest, coordinates } };
  });
  return { ...json, UTF8Encoding: false, features };
}
