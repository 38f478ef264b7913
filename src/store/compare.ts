// The comparison: up to three distinct areas side by side. Pure updaters.
import type { AreaId } from '../data/types';
import type { AppState } from './state';

export const MAX_COMPARED = 3;

/** Distinct ids in the order given, at most three. */
const normal = (ids: readonly AreaId[]): AreaId[] => [...new Set(ids)].slice(0, MAX_COMPARED);

const same = (a: readonly AreaId[], b: readonly AreaId[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function setCompare(s: AppState, ids: AreaId[]): AppState {
  const next = normal(ids);
  return same(next, s.compare) ? s : { ...s, compare: next };
}

/** Adds an area; with three already compared, the newest replaces the last. */
export function addToCompare(s: AppState, id: AreaId): AppState {
  if (s.compare.includes(id)) return s;
  const kept = s.compare.length >= MAX_COMPARED ? s.compare.slice(0, MAX_COMPARED - 1) : s.compare;
  return setCompare(s, [...kept, id]);
}

export const removeFromCompare = (s: AppState, id: AreaId): AppState =>
  setCompare(
    s,
    s.compare.filter((x) => x !== id),
  );

export const clearCompare = (s: AppState): AppState => setCompare(s, []);

/** Whether the comparison table is up: two or three areas. */
export const isComparing = (s: Pick<AppState, 'compare'>): boolean => s.compare.length >= 2;
