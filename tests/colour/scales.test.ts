// @vitest-environment node
// The colour scales: one per mode, the single source of the map's paint and of the legend.
import { describe, expect, it } from 'vitest';
import { areaScale, colorExpression, NO_STRATEGY, regionalStrategyOf } from '../../src/colour/scales';
import { areaById, areas, measuresForArea } from '../../src/data';
import type { AreaId } from '../../src/data/types';
import { COLOR_MODES, type ColorMode } from '../../src/data/types';

/** Reads a MapLibre `match` expression back into a table: id -> colour, plus its fallback. */
function readMatch(expr: unknown[]): { table: Map<string, string>; fallback: unknown } {
  expect(expr[0]).toBe('match');
  expect(expr[1]).toEqual(['get', 'id']);
  const body = expr.slice(2);
  // Pairs of (label, output), then one fallback: an odd count.
  expect(body.length % 2).toBe(1);
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < body.length; i += 2) {
    const label = body[i];
    const out = body[i + 1];
    expect(typeof label).toBe('string');
    expect(typeof out).toBe('string');
    expect(table.has(label as string), `label ${String(label)} twice`).toBe(false);
    table.set(label as string, out as string);
  }
  return { table, fallback: body[body.length - 1] };
}

/** The quantity each threshold mode colours by, read from the data independently of the scale. */
const quantity: Record<Exclude<ColorMode, 'strategy'>, (id: AreaId) => number> = {
  year: (id) => Number(areaById(id)?.approval.value.date.slice(0, 4)),
  area: (id) => areaById(id)?.officialArea.value.landKm2 ?? Number.NaN,
  measures: (id) => measuresForArea(id).named.length,
};

const HEX = /^#[0-9a-f]{6}$/i;

describe.each(COLOR_MODES)('colour mode "%s"', (mode) => {
  const scale = areaScale(mode);

  it('is the scale for its mode, with distinct, valid legend colours', () => {
    expect(scale.mode).toBe(mode);
    expect(scale.legend.length).toBeGreaterThanOrEqual(2);
    const colors = scale.legend.map((e) => e.color);
    for (const c of colors) expect(c).toMatch(HEX);
    expect(new Set(colors.map((c) => c.toLowerCase())).size).toBe(colors.length);
  });

  it("gives every area one of the legend's colours, and every legend colour is drawn", () => {
    const colors = scale.legend.map((e) => e.color);
    const used = new Set<string>();
    for (const a of areas) {
      const c = scale.colorOf(a.id);
      expect(colors, a.id).toContain(c);
      used.add(c);
    }
    // A legend entry no area has would describe something the map never shows.
    expect([...used].sort()).toEqual([...colors].sort());
  });

  it("maps each area id to that same colour in the map's match expression", () => {
    const { table, fallback } = readMatch(colorExpression(scale));
    expect([...table.keys()].sort()).toEqual(areas.map((a) => a.id).sort());
    for (const a of areas) expect(table.get(a.id), a.id).toBe(scale.colorOf(a.id));
    expect(fallback).toMatch(HEX);
  });

  it('is cached: the map and the legend get the same object', () => {
    expect(areaScale(mode)).toBe(scale);
  });
});

describe('the strategy scale', () => {
  const scale = areaScale('strategy');

  it('has the five regional strategies of measure (2), in order, then "none"', () => {
    expect(scale.unit).toBe('strategy');
    expect(scale.legend.map((e) => (e.label.kind === 'strategy' ? e.label.id : '?'))).toEqual([
      'jjj',
      'yrd',
      'gba',
      'chengdu-chongqing',
      'middle-yangtze',
      NO_STRATEGY,
    ]);
  });

  it('colours each area by its regional strategy', () => {
    const colorOfStrategy = new Map(
      scale.legend.map((e) => [e.label.kind === 'strategy' ? e.label.id : '?', e.color]),
    );
    expect(regionalStrategyOf('xiongan')).toBe('jjj');
    expect(regionalStrategyOf('pudong')).toBe('yrd');
    expect(regionalStrategyOf('nansha')).toBe('gba');
    expect(regionalStrategyOf('tianfu')).toBe('chengdu-chongqing');
    expect(regionalStrategyOf('ganjiang')).toBe('middle-yangtze');
    expect(regionalStrategyOf('harbin')).toBe(NO_STRATEGY);
    for (const a of areas) {
      expect(scale.colorOf(a.id), a.id).toBe(colorOfStrategy.get(regionalStrategyOf(a.id)));
    }
    // Areas sharing a strategy share a colour; Binhai and Xiong'an are both Beijing-Tianjin-Hebei.
    expect(scale.colorOf('binhai')).toBe(scale.colorOf('xiongan'));
    expect(scale.colorOf('binhai')).not.toBe(scale.colorOf('pudong'));
  });
});

describe.each(['year', 'area', 'measures'] as const)('the threshold scale "%s"', (mode) => {
  const scale = areaScale(mode);

  it('has contiguous ranges from the smallest value up, the last one open', () => {
    const ranges = scale.legend.map((e) => {
      if (e.label.kind !== 'range') throw new Error('not a range');
      return e.label;
    });
    const values = areas.map((a) => quantity[mode](a.id));
    expect(ranges[0]?.lo).toBe(Math.min(...values));
    for (const [i, r] of ranges.entries()) {
      expect(Number.isFinite(r.lo)).toBe(true);
      const next = ranges[i + 1];
      if (next) expect(r.hi).toBe(next.lo);
      else expect(r.hi).toBeNull();
      if (r.hi !== null) expect(r.hi).toBeGreaterThan(r.lo);
    }
  });

  it('puts each area in the range that holds its value (lo inclusive, hi exclusive)', () => {
    for (const a of areas) {
      const v = quantity[mode](a.id);
      const entry = scale.legend.find((e) => e.color === scale.colorOf(a.id));
      if (entry?.label.kind !== 'range') throw new Error(`${a.id}: no range`);
      expect(v, a.id).toBeGreaterThanOrEqual(entry.label.lo);
      if (entry.label.hi !== null) expect(v, a.id).toBeLessThan(entry.label.hi);
    }
  });
});

describe('threshold scales, known values', () => {
  it('colours Pudong (1992) alone in the first approval-year range', () => {
    const s = areaScale('year');
    const first = s.legend[0]?.color;
    expect(areas.filter((a) => s.colorOf(a.id) === first).map((a) => a.id)).toEqual(['pudong']);
  });

  it('puts Pudong and Nansha (named in 5 or more measures) in the top measures range', () => {
    const s = areaScale('measures');
    const top = s.legend[s.legend.length - 1]?.color;
    expect(areas.filter((a) => s.colorOf(a.id) === top).map((a) => a.id)).toEqual(['pudong', 'nansha']);
    // Areas no measure names share the lowest colour.
    const bottom = s.legend[0]?.color;
    for (const id of ['xiangjiang', 'jiangbei', 'central-yunnan', 'ganjiang', 'xiongan'] as const) {
      expect(s.colorOf(id), id).toBe(bottom);
    }
  });
});
