// The filter state in one line, for the filter panel and for exported slides; the view's title; and
// why a filter shows no area.
import {
  areaById,
  areasNamedBy,
  areasWithIndustry,
  industryById,
  linksForMeasure,
  strategyById,
} from '../data';
import { type Lang, t } from '../i18n/strings';
import { hasFilters } from './selectors';
import type { AppState } from './state';

export function filterSummary(s: Pick<AppState, 'strategies' | 'industry' | 'measure'>, lang: Lang): string {
  if (!hasFilters(s)) return t(lang, 'noFilters');
  const what = [
    s.strategies.map((id) => strategyById(id)?.short[lang] ?? id).join(t(lang, 'filterStrategyJoin')),
    s.industry ? (industryById(s.industry)?.name[lang] ?? s.industry) : '',
    s.measure ? t(lang, 'filterMeasureItem', { n: s.measure }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return t(lang, 'activeFilters', { what });
}

/** What the view shows, in a few words: the selected area's name, or else the filters. */
export function viewTitle(
  s: Pick<AppState, 'selected' | 'strategies' | 'industry' | 'measure'>,
  lang: Lang,
): string {
  const area = s.selected ? areaById(s.selected) : undefined;
  return area ? area.name[lang] : filterSummary(s, lang);
}

/** Whom a measure addresses besides the areas it names: every new area, areas through strategies. */
export function measureReach(n: number, lang: Lang): string {
  const links = linksForMeasure(n);
  const names = [
    ...new Set(links.strategies.map((l) => strategyById(l.strategy)?.short[lang] ?? l.strategy)),
  ];
  return [
    links.every ? t(lang, 'planAllAreas') : '',
    names.length ? t(lang, 'planStrategies', { names: names.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Why no area passes the filters, in a sentence. A measure that names no area (3, 23, 25) and an
 * industry no area leads in (textiles) are filters like any other, from the URL, the selects, the
 * plan browser and briefing files alike: they apply, and match nothing. So the same value behaves
 * the same way wherever it comes from (a link the app itself wrote after a click on measure (3) in
 * the plan browser stays valid), and the empty list says which filter empties it and why, rather
 * than "No area matches". Only where each filter matches something alone is it the combination.
 */
export function emptyReason(s: Pick<AppState, 'strategies' | 'industry' | 'measure'>, lang: Lang): string {
  const reasons: string[] = [];
  if (s.measure !== null && areasNamedBy(s.measure).length === 0) {
    reasons.push(
      t(lang, 'planMeasureNoAreas', {
        n: s.measure,
        what: measureReach(s.measure, lang) || t(lang, 'planAllAreas'),
      }),
    );
  }
  if (s.industry !== null && areasWithIndustry(s.industry).length === 0) {
    reasons.push(
      t(lang, 'listEmptyIndustry', { industry: industryById(s.industry)?.name[lang] ?? s.industry }),
    );
  }
  return reasons.length ? reasons.join(' ') : t(lang, 'listEmpty');
}
