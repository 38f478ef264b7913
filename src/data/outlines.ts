// What the map's outline of each area measures, as the geo pipeline computed it (scripts/geo writes
// outlines.generated.json next to this file): its area, its ratio to the official area, its box.
import generated from './outlines.generated.json';
import type { AreaId } from './types';

export type Outline = { km2: number; ratio: number; bbox: [number, number, number, number] };

type Raw = Record<string, { outline_km2: number; ratio: number; bbox: number[] }>;

export function outlineOf(id: AreaId): Outline {
  const o = (generated as Raw)[id];
  if (o?.bbox?.length !== 4 || !o)
    throw new Error(`outlines.generated.json has no outline for ${id} (run npm run geo)`);
  return { km2: o.outline_km2, ratio: o.ratio, bbox: o.bbox as Outline['bbox'] };
}
