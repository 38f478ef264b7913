// Selecting and hovering areas. Pure updaters: (state, payload) => state.
import type { AreaId } from '../data/types';
import type { AppState, Hover } from './state';

export function selectArea(s: AppState, id: AreaId | null): AppState {
  return s.selected === id ? s : { ...s, selected: id };
}

export function clearSelection(s: AppState): AppState {
  return selectArea(s, null);
}

export function hoverArea(s: AppState, hover: Hover | null): AppState {
  if (s.hovered === hover) return s;
  if (s.hovered && hover && s.hovered.id === hover.id && s.hovered.x === hover.x && s.hovered.y === hover.y)
    return s;
  return { ...s, hovered: hover };
}
