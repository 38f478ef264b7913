// The filter state in one line, for the filter panel and for exported slides; and the view's title.
import { areaById, industryById, strategyById } from '../data';
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
