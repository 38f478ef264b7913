// What the map's outline of each area measures, as the geo pipeline computed it (scripts/geo writes
// outlines.generated.json next to this file): its area and its box. (The panel works out the ratio to
// the official area itself, to one decimal.)
import generated from './outlines.generated.json';
import type { AreaId } from './types';

export type Outline = { km2: number; bbox: [number, number, number, number] };

type Raw = Record<string, { outline_km2: number; bbox: number[] }>;

export function outlineOf(id: AreaId): Outline {
  const o = (generated as Raw)[id];
  if (o?.bbox?.length !== 4)
    throw new Error(`outlines.generated.json has no outline for ${id} (run npm run geo)`);
  return { km2: o.outline_km2, bbox: o.bbox as Outline['bbox'] };
}
