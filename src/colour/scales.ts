// One d3 scale per colour mode. The map's paint and the legend are both built from the scale object
// returned here, so they cannot disagree. Palettes are colour-blind safe: Okabe–Ito for categories,
// single-hue ColorBrewer ramps for quantities.
import { scaleOrdinal, scaleThreshold } from 'd3-scale';
import { areas, measuresForArea } from '../data';
import type { AreaId, ColorMode, StrategyId } from '../data/types';

export const NO_STRATEGY = 'none';
const REGIONAL: StrategyId[] = ['jjj', 'yrd', 'gba', 'chengdu-chongqing', 'middle-yangtze'];

export type LegendEntry = {
  color: string;
  label: { kind: 'strategy'; id: string } | { kind: 'range'; lo: number; hi: number | null };
};

export type AreaScale = {
  mode: ColorMode;
  colorOf: (id: AreaId) => string;
  /** What each colour means, read from the scale's domain and range. */
  legend: LegendEntry[];
  /** The quantity behind the colour, for the legend's title and the panel. */
  unit: 'strategy' | 'year' | 'km2' | 'measures';
};

/** The regional strategy of measure (2) an area belongs to, if any (each area has at most one). */
export function regionalStrategyOf(id: AreaId): string {
  const a = areas.find((x) => x.id === id);
  return a?.strategies.map((m) => m.strategy).find((s) => REGIONAL.includes(s)) ?? NO_STRATEGY;
}

function strategyScale(): AreaScale {
  const scale = scaleOrdinal<string, string>()
    .domain([...REGIONAL, NO_STRATEGY])
    .range(['#0072B2', '#E69F00', '#CC79A7', '#009E73', '#D55E00', '#9a9a9a']);
  return {
    mode: 'strategy',
    unit: 'strategy',
    colorOf: (id) => scale(regionalStrategyOf(id)),
    legend: scale.domain().map((d) => ({ color: scale(d), label: { kind: 'strategy', id: d } })),
  };
}

function thresholdScale(
  mode: ColorMode,
  unit: AreaScale['unit'],
  value: (id: AreaId) => number,
  cuts: number[],
  ramp: string[],
): AreaScale {
  const scale = scaleThreshold<number, string>().domain(cuts).range(ramp);
  const values = areas.map((a) => value(a.id));
  const min = Math.min(...values);
  return {
    mode,
    unit,
    colorOf: (id) => scale(value(id)),
    legend: scale.range().map((color) => {
      const [lo, hi] = scale.invertExtent(color);
      return { color, label: { kind: 'range', lo: lo ?? min, hi: hi ?? null } };
    }),
  };
}

const year = (id: AreaId) => Number(areas.find((a) => a.id === id)?.approval.value.date.slice(0, 4));
const km2 = (id: AreaId) => areas.find((a) => a.id === id)?.officialArea.value.landKm2 ?? 0;
const named = (id: AreaId) => measuresForArea(id).named.length;

const BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const PURPLES = ['#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'];
const ORANGES = ['#fdd0a2', '#fdae6b', '#fd8d3c', '#e6550d', '#a63603'];

const builders: Record<ColorMode, () => AreaScale> = {
  strategy: strategyScale,
  year: () => thresholdScale('year', 'year', year, [2006, 2011, 2015, 2016], PURPLES),
  area: () => thresholdScale('area', 'km2', km2, [600, 1000, 1500, 2000], BLUES),
  measures: () => thresholdScale('measures', 'measures', named, [1, 2, 3, 5], ORANGES),
};

const cache = new Map<ColorMode, AreaScale>();
export function areaScale(mode: ColorMode): AreaScale {
  let s = cache.get(mode);
  if (!s) {
    s = builders[mode]();
    cache.set(mode, s);
  }
  return s;
}

/** A MapLibre `match` expression on the feature's id, from the same scale. */
export function colorExpression(scale: AreaScale): unknown[] {
  return ['match', ['get', 'id'], ...areas.flatMap((a) => [a.id, scale.colorOf(a.id)]), '#9a9a9a'];
}
