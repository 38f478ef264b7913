import type { Polygonal, Position } from './geo-types.d.mts';

export function properCrossings(geometry: Polygonal): Position[];
