import type { MultiPolygonGeometry, Ring } from './geo-types.d.mts';

export function cleanRing(ring: Ring): [number, number][] | null;
export function cleanPolygon(rings: Ring[]): [number, number][][] | null;
export function cleanGeometry(geometry: unknown): { geometry: MultiPolygonGeometry; droppedRings: number };
