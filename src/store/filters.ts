// Filters: strategies (OR), industry, measure. Pure updaters.
import { STRATEGY_IDS, type StrategyId } from '../data/types';
import type { AppState } from './state';

const canonical = (ids: Iterable<StrategyId>): StrategyId[] => {
  const set = new Set(ids);
  return STRATEGY_IDS.filter((id) => set.has(id));
};

export function toggleStrategy(s: AppState, id: StrategyId): AppState {
  const on = s.strategies.includes(id);
  return { ...s, strategies: canonical(on ? s.strategies.filter((x) => x !== id) : [...s.strategies, id]) };
}

export function setIndustry(s: AppState, id: string | null): AppState {
  return s.industry === id ? s : { ...s, industry: id };
}

export function setMeasure(s: AppState, n: number | null): AppState {
  return s.measure === n ? s : { ...s, measure: n };
}

export function clearFilters(s: AppState): AppState {
  if (!s.strategies.length && s.industry === null && s.measure === null) return s;
  return { ...s, strategies: [], industry: null, measure: null };
}
