// The area under the pointer, in a small store of its own: a pointer moving over the map re-renders
// the tooltip and nothing else, and never reaches the URL sync or the map, which listen to the app's
// store. Its one action is a pure updater, like the app store's.
import { create } from 'zustand';
import type { AreaId } from '../data/types';

/**
 * The area under the pointer, the pointer's position on the map, and, when the pointer is on the
 * area's dot, the ring drawn around the dot (in the page, not on the map: see map/controller.ts).
 */
export type Hover = { id: AreaId; x: number; y: number; ring?: { x: number; y: number; r: number } };
export type HoverState = { hovered: Hover | null };

export function hoverArea(s: HoverState, hover: Hover | null): HoverState {
  if (s.hovered === hover) return s;
  const h = s.hovered;
  if (h && hover && h.id === hover.id && h.x === hover.x && h.y === hover.y) return s;
  return { ...s, hovered: hover };
}

export const useHover = create<HoverState & { hoverArea: (hover: Hover | null) => void }>()((set) => ({
  hovered: null,
  hoverArea: (hover) => set((s) => hoverArea(s, hover)),
}));
