// Post-dissolve cleanup of the area outlines (geodata.md §4): holes under 2 km² are sliver
// gaps between imperfectly matching counties; tiny parts away from the coast are slivers,
// while tiny parts on the coast are real islets and stay.
import { area as turfArea, polygon as turfPolygon } from '@turf/turf';

/** @typedef {import('geojson').Position} Position */
/** @typedef {Position[]} Ring */
/** @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Polygonal */

/**
 * The polygons (each a list of rings, outer first) of a geometry; none unless it is polygonal.
 * @param {import('geojson').Geometry | null | undefined} g
 * @returns {Ring[][]}
 */
export const polygonsOf = (g) =>
  g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];

/** @param {Ring} ring */
export const ringKm2 = (ring) => turfArea(turfPolygon([ring])) / 1e6;

/**
 * @param {Ring[][]} polys
 * @returns {Polygonal}
 */
const asGeometry = (polys) =>
  polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };

/**
 * @typedef {object} CleanupOptions
 * @property {number} fillHolesBelowKm2
 * @property {number} dropInlandPartsBelowKm2
 * @property {(ring: Ring) => boolean} isCoastal  the part touches China's outer boundary
 */

/** @typedef {{ geometry: Polygonal, filledHoles: number[], droppedParts: number[] }} CleanedArea */

/**
 * Anything but a polygon or multipolygon comes out as a MultiPolygon without polygons.
 * @param {import('geojson').Geometry} geometry
 * @param {CleanupOptions} options
 * @returns {CleanedArea} the holes filled and parts dropped in km², for the log
 */
export function cleanupArea(geometry, { fillHolesBelowKm2, dropInlandPartsBelowKm2, isCoastal }) {
  /** @type {number[]} */
  const filledHoles = [];
  /** @type {number[]} */
  const droppedParts = [];
  /** @type {Ring[][]} */
  const polys = [];
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    const outerKm2 = ringKm2(outer);
    if (outerKm2 < dropInlandPartsBelowKm2 && !isCoastal(outer)) {
      droppedParts.push(outerKm2);
      continue;
    }
    const kept = holes.filter((h) => {
      const km2 = ringKm2(h);
      if (km2 < fillHolesBelowKm2) filledHoles.push(km2);
      return km2 >= fillHolesBelowKm2;
    });
    polys.push([outer, ...kept]);
  }
  return { geometry: asGeometry(polys), filledHoles, droppedParts };
}

/**
 * Throw unless every ring is closed, has ≥ 4 positions and encloses some area.
 * @param {import('geojson').Geometry | null | undefined} geometry
 * @param {string} label
 */
export function assertPolygonal(geometry, label) {
  const polys = polygonsOf(geometry);
  if (polys.length === 0) throw new Error(`${label}: empty geometry (no polygon)`);
  polys.forEach((poly, p) => {
    poly.forEach((ring, r) => {
      const where = `${label}: polygon ${p} ring ${r}`;
      if (!Array.isArray(ring) || ring.length < 4)
        throw new Error(`${where} is degenerate (${ring?.length ?? 0} positions)`);
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) throw new Error(`${where} is not closed`);
      if (!(ringKm2(ring) > 0)) throw new Error(`${where} has zero area`);
    });
  });
}
