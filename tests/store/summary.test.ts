// Why no area passes the filters: the filter that matches nothing alone is named, with the reason;
// only filters that each match something but not together are "these filters".
import { describe, expect, it } from 'vitest';
import { areasNamedBy, areasWithIndustry, industries, plan } from '../../src/data';
import { emptyReason, measureReach } from '../../src/store/summary';

const none = { strategies: [], industry: null, measure: null };

describe('emptyReason', () => {
  it('is for values that match no area alone: 14 of the 25 measures (every industry leads somewhere)', () => {
    const unnamed = plan.measures.filter((m) => areasNamedBy(m.n).length === 0).map((m) => m.n);
    expect(unnamed).toHaveLength(14);
    expect(unnamed).toEqual(expect.arrayContaining([2, 3, 23, 25]));
    // Textiles was the one industry no area led in, until Binhai's layout plan (light industry and
    // textiles among its eight bases) was filed.
    expect(industries.filter((i) => areasWithIndustry(i.id).length === 0).map((i) => i.id)).toEqual([]);
  });

  it('says a measure names no area, and whom it addresses', () => {
    expect(emptyReason({ ...none, measure: 3 }, 'en')).toBe(
      'Measure (3) names no area; it addresses all new areas.',
    );
    expect(emptyReason({ ...none, measure: 3 }, 'zh')).toBe('第（3）条未点名具体新区；面向全部新区。');
    // Measure (2) reaches areas through the five strategies it names, not by name.
    expect(measureReach(2, 'en')).toBe(
      'areas through Beijing-Tianjin-Hebei, Greater Bay Area, Yangtze River Delta, Chengdu-Chongqing, Middle Yangtze',
    );
    expect(emptyReason({ ...none, measure: 2 }, 'en')).toBe(
      `Measure (2) names no area; it addresses ${measureReach(2, 'en')}.`,
    );
  });

  it('names only the filter that matches nothing alone, and the combination when each matches something', () => {
    expect(emptyReason({ strategies: ['gba'], industry: 'textiles', measure: 25 }, 'en')).toBe(
      'Measure (25) names no area; it addresses all new areas.',
    );
    expect(emptyReason({ strategies: ['gba'], industry: null, measure: 6 }, 'en')).toBe(
      'No area matches these filters.',
    );
  });
});
