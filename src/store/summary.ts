// The filter state in one line, for the filter panel and for exported slides.
import { industryById, strategyById } from '../data';
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
