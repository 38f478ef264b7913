// Links between measures and areas, in three kinds kept apart: a measure names an area, reaches it
// through a strategy it names, or addresses every new area. All functions are pure.

import type { AreaId, AreaMeasures, EveryLink, Measure, NameLink, StrategyId, StrategyLink } from '../types';
import { AREA_IDS } from '../types';
import { aliases } from './aliases';
import { everyEvidence } from './every';
import { findPhrases } from './match';
import { strategyMentions } from './strategy-mentions';

export type MeasureLinks = { names: NameLink[]; strategies: StrategyLink[]; every: EveryLink | null };

/** Areas named in a text, each with the aliases that matched and where. */
export function nameLinks(measure: number, text: string): NameLink[] {
  const links = new Map<AreaId, NameLink>();
  for (const { entry, start, end } of findPhrases(text, aliases)) {
    const link = links.get(entry.area) ?? { measure, area: entry.area, matches: [] };
    link.matches.push({ alias: entry.text, start, end, note: entry.note });
    links.set(entry.area, link);
  }
  return AREA_IDS.flatMap((id) => links.get(id) ?? []);
}

export function strategyLinks(measure: number, text: string): StrategyLink[] {
  return findPhrases(text, strategyMentions).flatMap(({ entry, start, end }) =>
    entry.strategies.map((strategy) => ({ measure, strategy, matched: entry.text, start, end })),
  );
}

export function everyLink(measure: Measure): EveryLink | null {
  const evidence = everyEvidence[measure.n];
  if (evidence === undefined) return null;
  if (!measure.text.includes(evidence)) {
    throw new Error(`every-area evidence for measure (${measure.n}) is not in its text: "${evidence}"`);
  }
  return { measure: measure.n, evidence };
}

export function linksOf(measure: Measure): MeasureLinks {
  return {
    names: nameLinks(measure.n, measure.text),
    strategies: strategyLinks(measure.n, measure.text),
    every: everyLink(measure),
  };
}

export type AreasOfStrategy = (id: StrategyId) => AreaId[];

/** The reverse index for one area: each linked measure lands in exactly one group (named > strategy > every). */
export function measuresFor(
  area: AreaId,
  measures: readonly Measure[],
  areasOfStrategy: AreasOfStrategy,
): AreaMeasures {
  const result: AreaMeasures = { named: [], throughStrategy: [], every: [] };
  for (const measure of measures) {
    const links = linksOf(measure);
    const named = links.names.find((l) => l.area === area);
    if (named) {
      result.named.push(named);
      continue;
    }
    const viaStrategy = links.strategies.filter((s) => areasOfStrategy(s.strategy).includes(area));
    if (viaStrategy.length > 0) {
      result.throughStrategy.push({ measure: measure.n, strategies: viaStrategy });
      continue;
    }
    if (links.every) result.every.push(links.every);
  }
  return result;
}

export { aliases } from './aliases';
export { nonLinks } from './non-links';
export { strategyMentions } from './strategy-mentions';
