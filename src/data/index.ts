// The public face of the typed domain: the UI imports only from here. Plain data and pure
// functions: no React, no DOM, no maplibre.

import { areas } from './areas';
import type { IndustryId } from './industries';
import { linksOf, type MeasureLinks, measuresFor, nameLinks } from './links';
import { measureByN, plan } from './plan';
import type { AreaId, AreaMeasures, StrategyId } from './types';

export { areaById, areas, isAreaId } from './areas';
export { type IndustryId, industries, industryById, isIndustryId } from './industries';
export { aliases, type MeasureLinks, nonLinks, strategyMentions } from './links';
export { type Outline, outlineOf } from './outlines';
export { measureByN, PLAN_CITATION, plan } from './plan';
export { portById, ports } from './ports';
export { isStrategyId, strategies, strategyById } from './strategies';
export * from './types';

const NO_LINKS: MeasureLinks = { names: [], strategies: [], every: null };

export function linksForMeasure(n: number): MeasureLinks {
  const measure = measureByN(n);
  return measure ? linksOf(measure) : NO_LINKS;
}

export function areasNamedBy(n: number): AreaId[] {
  return linksForMeasure(n).names.map((l) => l.area);
}

export function areasInStrategy(id: StrategyId): AreaId[] {
  return areas.filter((a) => a.strategies.some((m) => m.strategy === id)).map((a) => a.id);
}

export function areasWithIndustry(id: IndustryId | string): AreaId[] {
  return areas.filter((a) => a.industries.some((i) => i.industry === id)).map((a) => a.id);
}

export function measuresForArea(id: AreaId): AreaMeasures {
  return measuresFor(id, plan.measures, areasInStrategy);
}

/** The preamble lists all 19 areas; it is not a measure, so it is exposed apart from the links. */
export function areasListedInPreamble(): AreaId[] {
  return nameLinks(0, plan.preamble).map((l) => l.area);
}
