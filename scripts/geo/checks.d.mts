import type { PolygonFeature, PortConfig } from './geo-types.d.mts';

export function distanceToOutlineKm(lonLat: [number, number], polygonFeature: PolygonFeature): number;
export function assertPointInside(
  areaId: string,
  lonLat: [number, number],
  polygonFeature: PolygonFeature,
): void;
export function checkPortDistance(
  port: Pick<PortConfig, 'id' | 'area_id' | 'lon' | 'lat'>,
  polygonFeature: PolygonFeature,
  maxKm: number,
): number;
