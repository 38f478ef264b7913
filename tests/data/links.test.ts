import { describe, expect, it } from 'vitest';
import {
  type AreaId,
  aliases,
  areas,
  areasInStrategy,
  areasNamedBy,
  linksForMeasure,
  measureByN,
  measuresForArea,
  nonLinks,
  PLAN_CITATION,
  plan,
  type StrategyId,
} from '../../src/data';
import { nameLinks, strategyLinks } from '../../src/data/links';
import { findPhrases } from '../../src/data/links/match';

// Written by reading the plan (seeds/action-plan-2024.en.txt), not from the code's output.
const NAMED: Record<number, AreaId[]> = {
  1: ['pudong', 'nansha'], // Zhangjiang; Nansha Science City
  2: [], // five strategies only: no area by name
  3: [],
  4: [],
  5: ['pudong', 'binhai'], // Shanghai Pudong New Area; Tianjin Binhai New Area
  6: ['lanzhou', 'xixian', 'guian', 'harbin', 'changchun'],
  7: [],
  8: [],
  9: [],
  10: [],
  11: ['west-coast', 'harbin'], // Qingdao International Beer Festival; Harbin Ice and Snow Festival
  12: ['pudong', 'binhai', 'liangjiang', 'nansha'],
  13: ['pudong', 'zhoushan', 'jinpu', 'binhai', 'west-coast', 'nansha'], // the six hub ports
  14: ['liangjiang', 'harbin', 'fuzhou', 'nansha'], // not Pingtan
  15: ['liangjiang'], // "Belt and Road" S&T Exchange Conference; Summer Davos deliberately not linked
  16: ['pudong'],
  17: [],
  18: ['pudong', 'nansha', 'liangjiang'],
  19: [],
  20: [],
  21: ['pudong', 'tianfu', 'xixian'],
  22: [],
  23: [],
  24: [],
  25: [],
};

// Measures addressed to every new area (all, "qualified", "with conditions").
const EVERY = [1, 3, 4, 5, 7, 8, 9, 10, 12, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25];

const STRATEGIES: Record<number, StrategyId[]> = {
  2: ['jjj', 'gba', 'yrd', 'chengdu-chongqing', 'middle-yangtze'],
  6: ['central', 'west', 'northeast'],
};

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('links per measure', () => {
  it.each(plan.measures.map((m) => m.n))('measure (%i) names the expected areas', (n) => {
    expect(sorted(areasNamedBy(n))).toEqual(sorted(NAMED[n] ?? []));
  });

  it('addresses every new area exactly in the expected measures', () => {
    const every = plan.measures.filter((m) => linksForMeasure(m.n).every !== null).map((m) => m.n);
    expect(every).toEqual(EVERY);
  });

  it('gives verbatim evidence for every-area links', () => {
    for (const n of EVERY) {
      const link = linksForMeasure(n).every;
      expect(link?.measure).toBe(n);
      expect(measureByN(n)?.text).toContain(link?.evidence);
    }
  });

  it('reaches areas through strategies only in (2) and (6)', () => {
    for (const m of plan.measures) {
      const got = linksForMeasure(m.n).strategies.map((s) => s.strategy);
      expect(sorted(got)).toEqual(sorted(STRATEGIES[m.n] ?? []));
    }
  });

  it('stores the matched strategy text at its place in the measure', () => {
    for (const n of [2, 6]) {
      const text = measureByN(n)?.text ?? '';
      for (const s of linksForMeasure(n).strategies) {
        expect(text.slice(s.start, s.end)).toBe(s.matched);
      }
    }
    expect(linksForMeasure(6).strategies[0]?.matched).toBe('central and western and northeastern regions');
  });

  it('indexes name matches into the measure text', () => {
    for (const m of plan.measures) {
      for (const link of linksForMeasure(m.n).names) {
        expect(link.measure).toBe(m.n);
        for (const match of link.matches) {
          expect(m.text.slice(match.start, match.end)).toBe(match.alias);
          expect(match.note.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('returns empty links for a measure that does not exist', () => {
    expect(linksForMeasure(26)).toEqual({ names: [], strategies: [], every: null });
  });

  it('cites measures in one form', () => {
    expect(PLAN_CITATION(13)).toBe('2024 Action Plan, measure (13)');
  });
});

describe('what is not a name', () => {
  it('"Tianjin" inside "Beijing-Tianjin-Hebei" does not name Binhai', () => {
    expect(areasNamedBy(2)).not.toContain('binhai');
    expect(nameLinks(0, 'coordinated development of Beijing-Tianjin-Hebei')).toEqual([]);
  });

  it('"Chongqing" inside "Chengdu-Chongqing" names neither Liangjiang nor Tianfu', () => {
    expect(areasNamedBy(2)).not.toContain('liangjiang');
    expect(areasNamedBy(2)).not.toContain('tianfu');
  });

  it('Pingtan is not the Fuzhou New Area', () => {
    expect(nameLinks(0, 'Pingtan Comprehensive Experimental Zone explores')).toEqual([]);
    const fuzhou = linksForMeasure(14).names.find((l) => l.area === 'fuzhou');
    expect(fuzhou?.matches.map((m) => m.alias)).toEqual(['Fuzhou']);
  });

  it('"Guangzhou Port" names Nansha only through the port alias', () => {
    const nansha = linksForMeasure(13).names.find((l) => l.area === 'nansha');
    expect(nansha?.matches.map((m) => m.alias)).toEqual(['Guangzhou Port']);
    const binhai = linksForMeasure(13).names.find((l) => l.area === 'binhai');
    expect(binhai?.matches.map((m) => m.alias)).toEqual(['Tianjin Port']);
  });

  it('a longer alias wins at the same place', () => {
    const harbin = linksForMeasure(11).names.find((l) => l.area === 'harbin');
    expect(harbin?.matches.map((m) => m.alias)).toEqual(['Harbin International Ice and Snow Festival']);
    const nansha = linksForMeasure(1).names.find((l) => l.area === 'nansha');
    expect(nansha?.matches.map((m) => m.alias)).toEqual(['Nansha Science City']);
  });

  it('the Summer Davos Forum and "Lingang" link nowhere, and say why', () => {
    for (const text of ['Summer Davos Forum', 'Lingang']) {
      const entry = nonLinks.find((n) => n.text === text);
      expect(entry?.note.length).toBeGreaterThan(20);
      expect(nameLinks(0, `the ${text} and`)).toEqual([]);
    }
    expect(areasNamedBy(15)).not.toContain('jinpu');
    expect(areasNamedBy(15)).not.toContain('binhai');
    expect(areasNamedBy(13)).toHaveLength(6);
  });

  it('no non-link phrase produces a name link', () => {
    for (const n of nonLinks) expect(nameLinks(0, n.text)).toEqual([]);
  });

  it('"central enterprises" and "Party Central Committee" are not the central region', () => {
    expect(strategyLinks(7, measureByN(7)?.text ?? '')).toEqual([]);
    expect(strategyLinks(22, measureByN(22)?.text ?? '')).toEqual([]);
  });

  it('the preamble lists all 19 areas and is kept out of the measures', () => {
    const listed = nameLinks(0, plan.preamble).map((l) => l.area);
    expect(sorted(listed)).toEqual(sorted(areas.map((a) => a.id)));
    expect(plan.measures.some((m) => m.text.includes('Currently, there are 19 nationwide'))).toBe(false);
  });
});

describe('phrase matching', () => {
  const entries = [{ text: 'Tianjin' }, { text: 'Tianjin Port' }, { text: 'Port' }];

  it('respects word boundaries, hyphens included', () => {
    expect(findPhrases('Beijing-Tianjin-Hebei', entries)).toEqual([]);
    expect(findPhrases('Tianjins', entries)).toEqual([]);
    expect(findPhrases('(Tianjin)', entries).map((f) => f.start)).toEqual([1]);
  });

  it('keeps the longest match at a place and drops overlaps', () => {
    const found = findPhrases('Tianjin Port, Tianjin, Port.', entries);
    expect(found.map((f) => [f.entry.text, f.start])).toEqual([
      ['Tianjin Port', 0],
      ['Tianjin', 14],
      ['Port', 23],
    ]);
  });
});

describe('alias data', () => {
  it('has one entry per alias text, each with a reason', () => {
    const texts = aliases.map((a) => a.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const a of aliases) expect(a.note.length).toBeGreaterThan(10);
  });

  it("includes each area's plan name", () => {
    for (const area of areas) {
      expect(aliases.some((a) => a.text === area.planName && a.area === area.id)).toBe(true);
    }
  });
});

describe('the reverse index (measuresForArea)', () => {
  it('puts each measure in at most one group per area, and every linked measure in one', () => {
    for (const area of areas) {
      const groups = measuresForArea(area.id);
      const named = groups.named.map((l) => l.measure);
      const strategy = groups.throughStrategy.map((l) => l.measure);
      const every = groups.every.map((l) => l.measure);
      const all = [...named, ...strategy, ...every];
      expect(new Set(all).size).toBe(all.length);
      for (const m of plan.measures) {
        const links = linksForMeasure(m.n);
        const isNamed = links.names.some((l) => l.area === area.id);
        const viaStrategy = links.strategies.some((s) => areasInStrategy(s.strategy).includes(area.id));
        const expected = isNamed ? 'named' : viaStrategy ? 'strategy' : links.every ? 'every' : 'none';
        const got = named.includes(m.n)
          ? 'named'
          : strategy.includes(m.n)
            ? 'strategy'
            : every.includes(m.n)
              ? 'every'
              : 'none';
        expect(got, `${area.id} measure (${m.n})`).toBe(expected);
      }
    }
  });

  it('reaches Binhai through (2) but names it in (5), (12), (13)', () => {
    const binhai = measuresForArea('binhai');
    expect(binhai.named.map((l) => l.measure)).toEqual([5, 12, 13]);
    expect(binhai.throughStrategy.map((l) => l.measure)).toEqual([2]);
    expect(binhai.throughStrategy[0]?.strategies.map((s) => s.strategy)).toEqual(['jjj']);
    expect(binhai.every.map((l) => l.measure)).not.toContain(5);
  });

  it('reaches Liangjiang through (2) and (6) by strategy, never by the substring "Chongqing"', () => {
    const liangjiang = measuresForArea('liangjiang');
    expect(liangjiang.named.map((l) => l.measure)).toEqual([12, 14, 15, 18]);
    expect(liangjiang.throughStrategy.map((l) => l.measure)).toEqual([2, 6]);
  });

  it('does not reach an eastern area through (6)', () => {
    expect(measuresForArea('pudong').throughStrategy.map((l) => l.measure)).toEqual([2]);
    expect(measuresForArea('fuzhou').throughStrategy).toEqual([]);
    expect(measuresForArea('jinpu').throughStrategy.map((l) => l.measure)).toEqual([6]);
  });

  it('leaves (11), (14) and (21) out for areas they do not name', () => {
    const all = measuresForArea('changchun');
    const measures = [...all.named, ...all.throughStrategy, ...all.every].map((l) => l.measure);
    for (const n of [11, 13, 14, 21]) expect(measures).not.toContain(n);
  });
});
