// The build's loud geographic checks: representative points and ports against outlines.
import { booleanPointInPolygon, pointToPolygonDistance, point as turfPoint } from '@turf/turf';

/** @typedef {import('geojson').Feature<import('./area-cleanup.mjs').Polygonal>} PolygonFeature */

/**
 * Distance in km from [lon, lat] to a (Multi)Polygon feature's outline; 0 inside.
 * @param {[number, number]} lonLat
 * @param {PolygonFeature} polygonFeature
 */
export function distanceToOutlineKm(lonLat, polygonFeature) {
  const pt = turfPoint(lonLat);
  if (booleanPointInPolygon(pt, polygonFeature)) return 0;
  return Math.abs(pointToPolygonDistance(pt, polygonFeature, { units: 'kilometers' }));
}

/**
 * Throw unless the area's representative point lies inside its outline.
 * @param {string} areaId
 * @param {[number, number]} lonLat
 * @param {PolygonFeature} polygonFeature
 */
export function assertPointInside(areaId, lonLat, polygonFeature) {
  if (!booleanPointInPolygon(turfPoint(lonLat), polygonFeature)) {
    throw new Error(
      `Area "${areaId}": representative point ${lonLat.join(', ')} is not inside its outline (fix point in src/data/areas.geo.json)`,
    );
  }
}

/**
 * Port's distance to its area (km, 1 decimal); throws beyond maxKm.
 * @param {Pick<import('./validate-config.mjs').PortConfig, 'id' | 'area_id' | 'lon' | 'lat'>} port
 * @param {PolygonFeature} polygonFeature
 * @param {number} maxKm
 */
export function checkPortDistance(port, polygonFeature, maxKm) {
  const km = Math.round(distanceToOutlineKm([port.lon, port.lat], polygonFeature) * 10) / 10;
  if (km > maxKm) {
    throw new Error(
      `Port "${port.id}" is ${km} km from the outline of area "${port.area_id}" (limit ${maxKm} km); check its coordinates or area_id in src/data/ports.json`,
    );
  }
  return km;
}
