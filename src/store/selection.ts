// Selecting areas. Pure updaters: (state, payload) => state. (Hovering: hover.ts.)
import type { AreaId } from '../data/types';
import type { AppState } from './state';

export function selectArea(s: AppState, id: AreaId | null): AppState {
  return s.selected === id ? s : { ...s, selected: id };
}

export function clearSelection(s: AppState): AppState {
  return selectArea(s, null);
}
