// The public face of the typed domain: the UI imports only from here. Plain data and pure
// functions: no React, no DOM, no maplibre.

import { areas } from './areas';
import type { IndustryId } from './industries';
import { linksOf, type MeasureLinks, measuresFor } from './links';
import { measureByN, plan } from './plan';
import type { AreaId, AreaMeasures, StrategyId } from './types';

export {
  approvalText,
  foundingKindName,
  km2Figure,
  officialAreaLabel,
  officialAreaText,
} from './area-text';
export { areaById, areas, isAreaId } from './areas';
export { type IndustryId, industries, industryById, isIndustryId } from './industries';
export { aliases, type MeasureLinks, nonLinks, strategyMentions } from './links';
export { type Outline, outlineOf } from './outlines';
export { measureByN, PLAN_CITATION, plan } from './plan';
export { portById, ports } from './ports';
export { isStrategyId, strategies, strategyById } from './strategies';
export {
  approvalYear,
  areasApprovedBy,
  FIRST_YEAR,
  isTimelineYear,
  LAST_YEAR,
  PLAN_YEAR,
  timelineMarks,
} from './timeline';
export * from './types';

const NO_LINKS: MeasureLinks = { names: [], strategies: [], every: null };

// The plan and the aliases never change while the app runs: link each measure once.
const linkCache = new Map<number, MeasureLinks>();
export function linksForMeasure(n: number): MeasureLinks {
  let links = linkCache.get(n);
  if (!links) {
    const measure = measureByN(n);
    links = measure ? linksOf(measure) : NO_LINKS;
    linkCache.set(n, links);
  }
  return links;
}

export function areasNamedBy(n: number): AreaId[] {
  return linksForMeasure(n).names.map((l) => l.area);
}

export function areasInStrategy(id: StrategyId): AreaId[] {
  return areas.filter((a) => a.strategies.some((m) => m.strategy === id)).map((a) => a.id);
}

export function areasWithIndustry(id: IndustryId | string): AreaId[] {
  return areas
    .filter((a) => a.industries.some((i) => i.industry === id || i.includes?.includes(id)))
    .map((a) => a.id);
}

const areaCache = new Map<AreaId, AreaMeasures>();
export function measuresForArea(id: AreaId): AreaMeasures {
  let m = areaCache.get(id);
  if (!m) {
    m = measuresFor(id, plan.measures, areasInStrategy);
    areaCache.set(id, m);
  }
  return m;
}
