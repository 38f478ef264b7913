// Derived values. Filters combine as: any chosen strategy (OR) AND the industry AND the measure.
import { approvalYear, areas, areasInStrategy, areasNamedBy, areasWithIndustry } from '../data';
import { CHINA } from '../data/bounds';
import type { AreaId, Bounds } from '../data/types';
import type { AppState } from './state';

/** The filters proper, and the timeline's year, which hides areas the same way. */
type FilterState = Pick<AppState, 'strategies' | 'industry' | 'measure'> & Partial<Pick<AppState, 'year'>>;

export function hasFilters(s: Pick<AppState, 'strategies' | 'industry' | 'measure'>): boolean {
  return s.strategies.length > 0 || s.industry !== null || s.measure !== null;
}

/** The ids of the areas that pass the filters, in approval order. */
export function visibleAreaIds(s: FilterState): AreaId[] {
  const sets: Set<AreaId>[] = [];
  if (s.strategies.length) sets.push(new Set(s.strategies.flatMap((id) => areasInStrategy(id))));
  if (s.industry !== null) sets.push(new Set(areasWithIndustry(s.industry)));
  if (s.measure !== null) sets.push(new Set(areasNamedBy(s.measure)));
  const year = s.year ?? null;
  return areas
    .map((a) => a.id)
    .filter((id) => sets.every((set) => set.has(id)) && (year === null || approvalYear(id) <= year));
}

/** Memoised on the filter fields, so components and the map can call it on every store change. */
let last: { key: string; ids: AreaId[] } | null = null;
export function selectVisibleIds(s: FilterState): AreaId[] {
  const key = `${s.strategies.join(',')}|${s.industry}|${s.measure}|${s.year ?? null}`;
  if (last?.key !== key) last = { key, ids: visibleAreaIds(s) };
  return last.ids;
}

/**
 * What the map draws undimmed: the visible areas, and while areas are compared, only those of them.
 * Memoised like selectVisibleIds, so the renderers can call it on every state.
 */
let lastShown: { visible: AreaId[]; compare: readonly AreaId[]; ids: AreaId[] } | null = null;
export function selectMapShownIds(s: FilterState & Pick<AppState, 'compare'>): AreaId[] {
  const visible = selectVisibleIds(s);
  if (lastShown?.visible !== visible || lastShown.compare !== s.compare) {
    const ids = s.compare.length >= 2 ? visible.filter((id) => s.compare.includes(id)) : visible;
    lastShown = { visible, compare: s.compare, ids };
  }
  return lastShown.ids;
}

/** What the map last showed, or all of China before it has reported anything. */
export const shownBounds = (s: Pick<AppState, 'view'>): Bounds => s.view ?? CHINA;

/** Some of the state's fields, copied: a view of the state for a part that needs only those. */
export function pickState<K extends keyof AppState>(s: AppState, keys: readonly K[]): Pick<AppState, K> {
  return Object.fromEntries(keys.map((k) => [k, s[k]])) as Pick<AppState, K>;
}
