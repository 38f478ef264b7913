// The URL contract, stable because briefing notes and shared links depend on it:
// ?area=<id>&strategy=<id>[,<id>]&industry=<id>&measure=<n>&lang=en|zh&brief=<step>&year=<yyyy>&
// compare=<id>,<id>[,<id>]&embed=1; the camera lives
// in MapLibre's own #map= hash. Parsing never throws: a bad value is dropped with a notice that names
// it (as text), and everything else still applies.
import { FIRST_YEAR, isAreaId, isIndustryId, isStrategyId, isTimelineYear, LAST_YEAR } from '../data';
import type { AreaId, StrategyId } from '../data/types';
import { quoteValue } from '../i18n/quote';
import { type Lang, type PlainKey, t } from '../i18n/strings';
import { MAX_COMPARED } from './compare';
import type { AppState } from './state';

export type UrlState = Partial<
  Pick<AppState, 'selected' | 'strategies' | 'industry' | 'measure' | 'lang' | 'year' | 'compare' | 'embed'>
> & {
  brief?: number;
};

const MAX_VALUE = 200;
const KEYS = [
  'area',
  'strategy',
  'industry',
  'measure',
  'lang',
  'brief',
  'year',
  'compare',
  'embed',
] as const;

export function parseUrl(search: string, fallbackLang: Lang = 'en'): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const raw: Partial<Record<(typeof KEYS)[number], string>> = {};
  const problems: { key: string; value: string; reason: PlainKey | { text: string } }[] = [];
  for (const key of KEYS) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    if (all.length > 1) problems.push({ key, value: all.slice(1).join(','), reason: 'urlRepeated' });
    const value = all[0] ?? '';
    if (value.length > MAX_VALUE) problems.push({ key, value, reason: 'urlTooLong' });
    else raw[key] = value;
  }

  const state: UrlState = {};
  if (raw.lang !== undefined) {
    if (raw.lang === 'en' || raw.lang === 'zh') state.lang = raw.lang;
    else problems.push({ key: 'lang', value: raw.lang, reason: 'urlBadLang' });
  }
  if (raw.area !== undefined) {
    if (isAreaId(raw.area)) state.selected = raw.area;
    else problems.push({ key: 'area', value: raw.area, reason: 'urlUnknownArea' });
  }
  if (raw.strategy !== undefined) {
    const ids = raw.strategy.split(',').filter(Boolean);
    const good = ids.filter(isStrategyId) as StrategyId[];
    const bad = ids.filter((id) => !isStrategyId(id));
    if (good.length) state.strategies = good;
    if (bad.length || !ids.length)
      problems.push({ key: 'strategy', value: bad.join(',') || raw.strategy, reason: 'urlUnknownStrategy' });
  }
  if (raw.industry !== undefined) {
    if (isIndustryId(raw.industry)) state.industry = raw.industry;
    else problems.push({ key: 'industry', value: raw.industry, reason: 'urlUnknownIndustry' });
  }
  // Any measure 1–25 applies, as from the select and briefing files; one that names no area (3, 23,
  // 25) empties the list, which then says why (summary.ts, emptyReason). The same for industries.
  if (raw.measure !== undefined) {
    const n = /^\d{1,2}$/.test(raw.measure) ? Number(raw.measure) : Number.NaN;
    if (n >= 1 && n <= 25) state.measure = n;
    else problems.push({ key: 'measure', value: raw.measure, reason: 'urlBadMeasure' });
  }
  if (raw.brief !== undefined) {
    const n = /^\d{1,3}$/.test(raw.brief) ? Number(raw.brief) : Number.NaN;
    if (n >= 1) state.brief = n;
    else problems.push({ key: 'brief', value: raw.brief, reason: 'urlBadBrief' });
  }

  // Only `1` turns the embed view on; anything else is named, and the full app shows.
  if (raw.embed !== undefined) {
    if (raw.embed === '1') state.embed = true;
    else problems.push({ key: 'embed', value: raw.embed, reason: 'urlBadEmbed' });
  }

  const lang = state.lang ?? fallbackLang;
  if (raw.year !== undefined) {
    const n = /^\d{4}$/.test(raw.year) ? Number(raw.year) : Number.NaN;
    if (isTimelineYear(n)) state.year = n;
    else
      problems.push({
        key: 'year',
        value: raw.year,
        reason: { text: t(lang, 'urlBadYear', { first: FIRST_YEAR, last: LAST_YEAR }) },
      });
  }
  if (raw.compare !== undefined) {
    const ids = raw.compare.split(',');
    const good: AreaId[] = [];
    for (const id of ids) {
      if (!isAreaId(id)) problems.push({ key: 'compare', value: id, reason: 'urlUnknownArea' });
      else if (good.includes(id)) problems.push({ key: 'compare', value: id, reason: 'urlCompareRepeated' });
      else good.push(id);
    }
    if (good.length > MAX_COMPARED)
      problems.push({
        key: 'compare',
        value: good.slice(MAX_COMPARED).join(','),
        reason: 'urlCompareTooMany',
      });
    if (good.length >= 2) state.compare = good.slice(0, MAX_COMPARED);
    else problems.push({ key: 'compare', value: raw.compare, reason: 'urlCompareTooFew' });
  }

  const notices = problems.map((p) =>
    t(lang, 'urlBadValue', {
      key: p.key,
      value: quoteValue(p.value),
      reason: typeof p.reason === 'string' ? t(lang, p.reason) : p.reason.text,
    }),
  );
  return { state, notices };
}

/** The query string for a state, in a fixed key order, defaults left out. */
export function toSearch(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.selected) params.set('area', s.selected);
  if (s.strategies?.length) params.set('strategy', s.strategies.join(','));
  if (s.industry) params.set('industry', s.industry);
  if (s.measure) params.set('measure', String(s.measure));
  if (s.lang && s.lang !== 'en') params.set('lang', s.lang);
  if (s.brief) params.set('brief', String(s.brief));
  if (s.year) params.set('year', String(s.year));
  if (s.compare && s.compare.length >= 2) params.set('compare', s.compare.join(','));
  if (s.embed) params.set('embed', '1');
  const q = params.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
