import type { Polygonal } from './geo-types.d.mts';
export function labelPoint(geometry: Polygonal, steps?: number): [number, number];
