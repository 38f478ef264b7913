import type { Polygonal, Ring } from './geo-types.d.mts';

export function polygonsOf(geometry: Polygonal | null | undefined): Ring[][];
export function ringKm2(ring: Ring): number;
export function cleanupArea(
  geometry: Polygonal,
  opts: { fillHolesBelowKm2: number; dropInlandPartsBelowKm2: number; isCoastal: (ring: Ring) => boolean },
): { geometry: Polygonal; filledHoles: number[]; droppedParts: number[] };
export function assertPolygonal(geometry: Polygonal | null | undefined, label: string): void;
