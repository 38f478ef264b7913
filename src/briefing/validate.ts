// Checks a briefing file before anything changes: size, JSON, schema, known ids, lengths. The first
// problem is reported with where it is ("steps[3].selected: …"); nothing is applied on failure.
// The result is built field by field, so nothing unexpected in the file is carried over.
import { isAreaId, isIndustryId, isStrategyId } from '../data';
import { type Briefing, BRIEFING_LIMITS as L, type Step } from '../data/briefing';
import { type AreaId, type Bounds, COLOR_MODES, type ColorMode, type StrategyId } from '../data/types';

export type Parsed = { ok: true; briefing: Briefing } | { ok: false; error: string };

class Invalid extends Error {}
const fail = (where: string, what: string): never => {
  throw new Invalid(`${where}: ${what}`);
};
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function text(v: unknown, where: string, max: number, optional = false): string {
  if (v === undefined && optional) return '';
  if (typeof v !== 'string') return fail(where, 'must be text');
  if (v.length > max) return fail(where, `longer than ${max} characters`);
  return v;
}

function bounds(v: unknown, where: string): Bounds {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return fail(where, 'must be [west, south, east, north] in degrees');
  }
  const [w, s, e, n] = v as Bounds;
  if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n)
    return fail(where, `not a valid box: ${shown(v)}`);
  return [w, s, e, n];
}

function step(v: unknown, where: string): Step {
  if (!isObject(v)) return fail(where, 'must be an object');
  const selected = v.selected ?? null;
  if (selected !== null && !(typeof selected === 'string' && isAreaId(selected))) {
    fail(`${where}.selected`, `unknown area ${shown(selected)}`);
  }
  const strategies = v.strategies ?? [];
  if (!Array.isArray(strategies) || strategies.length > 9)
    fail(`${where}.strategies`, 'must be a list of strategy ids');
  for (const [i, s] of (strategies as unknown[]).entries()) {
    if (!(typeof s === 'string' && isStrategyId(s)))
      fail(`${where}.strategies[${i}]`, `unknown strategy ${shown(s)}`);
  }
  const industry = v.industry ?? null;
  if (industry !== null && !(typeof industry === 'string' && isIndustryId(industry))) {
    fail(`${where}.industry`, `unknown industry ${shown(industry)}`);
  }
  const measure = v.measure ?? null;
  if (
    measure !== null &&
    !(Number.isInteger(measure) && (measure as number) >= 1 && (measure as number) <= 25)
  ) {
    fail(`${where}.measure`, `must be a measure number 1–25, not ${shown(measure)}`);
  }
  const colorMode = v.colorMode ?? 'strategy';
  if (!COLOR_MODES.includes(colorMode as ColorMode))
    fail(`${where}.colorMode`, `unknown colour mode ${shown(colorMode)}`);
  return {
    bounds: bounds(v.bounds, `${where}.bounds`),
    selected: selected as AreaId | null,
    strategies: [...new Set(strategies as StrategyId[])],
    industry: industry as string | null,
    measure: measure as number | null,
    colorMode: colorMode as ColorMode,
    caption: text(v.caption, `${where}.caption`, L.caption),
    notes: text(v.notes, `${where}.notes`, L.notes, true),
  };
}

/** A file over the size limit, refused before it is read or parsed. */
export const TOO_LARGE: Parsed = { ok: false, error: `The file is larger than ${L.fileBytes / 1024} KB.` };

export function parseBriefing(raw: string): Parsed {
  try {
    if (raw.length > L.fileBytes) return TOO_LARGE;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return { ok: false, error: 'The file is not valid JSON.' };
    }
    if (!isObject(json)) return fail('file', 'must be a JSON object');
    const doc = json as Record<string, unknown>;
    if (doc.version !== 1) fail('version', `must be 1, not ${shown(doc.version)}`);
    const title = text(doc.title, 'title', L.title);
    if (!Array.isArray(doc.steps) || doc.steps.length === 0) fail('steps', 'must be a non-empty list');
    const steps = doc.steps as unknown[];
    if (steps.length > L.steps) fail('steps', `more than ${L.steps} steps`);
    return { ok: true, briefing: { version: 1, title, steps: steps.map((s, i) => step(s, `steps[${i}]`)) } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
