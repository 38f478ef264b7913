// The words beside each legend swatch, from the scale's own entries, and the symbols' key. Shared by
// the on-screen legend, the printed handout and the exported slide, so all say the same.
import { isStrategyId, strategyById } from '../data';
import type { ColorMode } from '../data/types';
import { formatNumber, type Lang, type StringKey, t } from '../i18n/strings';
import { type AreaScale, areaScale, type LegendEntry } from './scales';

export const MODE_LABEL = {
  strategy: 'colorStrategy',
  year: 'colorYear',
  area: 'colorArea',
  measures: 'colorMeasures',
} as const satisfies Record<ColorMode, string>;

export function legendLabel(e: LegendEntry, unit: AreaScale['unit'], lang: Lang): string {
  if (e.label.kind === 'strategy') {
    const id = e.label.id;
    return (isStrategyId(id) && strategyById(id)?.short[lang]) || t(lang, 'legendStrategyNone');
  }
  const { lo, hi } = e.label;
  const n = (v: number) => formatNumber(v, lang);
  if (unit === 'km2') {
    return hi === null
      ? t(lang, 'legendAreaOpen', { lo: n(lo) })
      : t(lang, 'legendArea', { lo: n(lo), hi: n(hi) });
  }
  // Thresholds are exclusive at the top: integers in [lo, hi) end at hi − 1.
  const last = hi === null ? null : hi - 1;
  const open = unit === 'year' ? 'legendYearsOpen' : 'legendMeasuresOpen';
  const range = unit === 'year' ? 'legendYears' : 'legendMeasures';
  if (last === null) return t(lang, open, { lo });
  if (last !== lo) return t(lang, range, { lo, hi: last });
  return unit === 'year' ? t(lang, 'legendYear', { lo }) : String(lo);
}

/** The colour key for a mode: each class's swatch colour and its words. */
export function legendEntries(mode: ColorMode, lang: Lang): { color: string; label: string }[] {
  const scale = areaScale(mode);
  return scale.legend.map((e) => ({ color: e.color, label: legendLabel(e, scale.unit, lang) }));
}

/** The map's symbols in the on-screen legend: the CSS class that draws each, and its words. */
export const LEGEND_SYMBOLS = [
  ['sym-point', 'legendPoint'],
  ['sym-exact', 'legendExact'],
  ['sym-approx', 'legendApprox'],
  ['sym-port', 'legendPort'],
  ['sym-port-approx', 'legendPortApprox'],
] as const satisfies readonly (readonly [string, StringKey])[];
