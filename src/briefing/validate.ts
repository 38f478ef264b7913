// Checks a briefing file before anything changes: size, JSON, schema, known ids, lengths. The first
// problem is reported with where it is ("steps[3].selected: …") in the UI language; nothing is
// applied on failure. The result is built field by field, so nothing unexpected is carried over.
import { FIRST_YEAR, isAreaId, isIndustryId, isStrategyId, isTimelineYear, LAST_YEAR } from '../data';
import { type Briefing, BRIEFING_LIMITS as L, type Step } from '../data/briefing';
import { type AreaId, type Bounds, COLOR_MODES, type ColorMode, type StrategyId } from '../data/types';
import { quoteValue } from '../i18n/quote';
import { type Lang, type StringKey, t, type VarsArg } from '../i18n/strings';

export type Parsed = { ok: true; briefing: Briefing } | { ok: false; error: string };

/** The first problem found: where, and what in words, put in the UI language once it is caught. */
class Invalid extends Error {
  constructor(
    readonly where: string,
    readonly what: (lang: Lang) => string,
  ) {
    super(where);
  }
}
const fail = <K extends StringKey>(where: string, key: K, ...vars: VarsArg<K>): never => {
  throw new Invalid(where, (lang) => t(lang, key, ...vars));
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => quoteValue(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
/** Where a number is expected, text such as "1" is named as text: "must be 1, not 1" confuses. */
const failNumber = (
  where: string,
  v: unknown,
  key: 'invalidVersion' | 'invalidMeasure',
  textKey: 'invalidVersionText' | 'invalidMeasureText',
): never => fail(where, typeof v === 'string' ? textKey : key, { value: shown(v) });

function text(v: unknown, where: string, max: number, optional = false): string {
  if (v === undefined && optional) return '';
  if (typeof v !== 'string') return fail(where, 'invalidText');
  if (v.length > max) return fail(where, 'invalidTextTooLong', { max });
  return v;
}

function bounds(v: unknown, where: string): Bounds {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return fail(where, 'invalidBounds');
  }
  const [w, s, e, n] = v as Bounds;
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n)
    return fail(where, 'invalidBox', { value: shown(v) });
  return [w, s, e, n];
}

function step(v: unknown, where: string): Step {
  if (!isObject(v)) return fail(where, 'invalidStep');
  const selected = v.selected ?? null;
  if (selected !== null && !(typeof selected === 'string' && isAreaId(selected))) {
    fail(`${where}.selected`, 'invalidArea', { value: shown(selected) });
  }
  const strategies = v.strategies ?? [];
  if (!Array.isArray(strategies) || strategies.length > 9) fail(`${where}.strategies`, 'invalidStrategies');
  for (const [i, s] of (strategies as unknown[]).entries()) {
    if (!(typeof s === 'string' && isStrategyId(s)))
      fail(`${where}.strategies[${i}]`, 'invalidStrategy', { value: shown(s) });
  }
  const industry = v.industry ?? null;
  if (industry !== null && !(typeof industry === 'string' && isIndustryId(industry))) {
    fail(`${where}.industry`, 'invalidIndustry', { value: shown(industry) });
  }
  const measure = v.measure ?? null;
  if (
    measure !== null &&
    !(Number.isInteger(measure) && (measure as number) >= 1 && (measure as number) <= 25)
  ) {
    failNumber(`${where}.measure`, measure, 'invalidMeasure', 'invalidMeasureText');
  }
  const year = v.year ?? null;
  if (year !== null && !(typeof year === 'number' && isTimelineYear(year)))
    fail(`${where}.year`, 'invalidYear', { value: shown(year), first: FIRST_YEAR, last: LAST_YEAR });
  const colorMode = v.colorMode ?? 'strategy';
  if (!COLOR_MODES.includes(colorMode as ColorMode))
    fail(`${where}.colorMode`, 'invalidColorMode', { value: shown(colorMode) });
  return {
    bounds: bounds(v.bounds, `${where}.bounds`),
    selected: selected as AreaId | null,
    strategies: [...new Set(strategies as StrategyId[])],
    industry: industry as string | null,
    measure: measure as number | null,
    colorMode: colorMode as ColorMode,
    ...(year !== null ? { year: year as number } : {}),
    caption: text(v.caption, `${where}.caption`, L.caption),
    notes: text(v.notes, `${where}.notes`, L.notes, true),
  };
}

/** A file over the size limit, refused before it is read or parsed. */
export const tooLarge = (lang: Lang = 'en'): Parsed => ({
  ok: false,
  error: t(lang, 'invalidTooLarge', { kb: L.fileBytes / 1024 }),
});

/** `lang` is the language of the error message; a stored briefing, whose error nobody sees, leaves it. */
export function parseBriefing(raw: string, lang: Lang = 'en'): Parsed {
  try {
    if (raw.length > L.fileBytes) return tooLarge(lang);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, error: t(lang, 'invalidNotJson') };
    }
    if (!isObject(json)) return fail(t(lang, 'invalidFile'), 'invalidNotObject');
    const doc = json as Record<string, unknown>;
    if (doc.version !== 1) failNumber('version', doc.version, 'invalidVersion', 'invalidVersionText');
    const title = text(doc.title, 'title', L.title);
    if (!Array.isArray(doc.steps) || doc.steps.length === 0) fail('steps', 'invalidStepsEmpty');
    const steps = doc.steps as unknown[];
    if (steps.length > L.steps) fail('steps', 'invalidStepsTooMany', { max: L.steps });
    return { ok: true, briefing: { version: 1, title, steps: steps.map((s, i) => step(s, `steps[${i}]`)) } };
  } catch (e) {
    if (e instanceof Invalid)
      return { ok: false, error: t(lang, 'invalidAt', { where: e.where, what: e.what(lang) }) };
    throw e;
  }
}
