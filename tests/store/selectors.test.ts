import { describe, expect, it } from 'vitest';
import { hasFilters, visibleAreaIds } from '../../src/store/selectors';
import { initialState } from '../../src/store/state';

const f = (patch: Partial<typeof initialState>) => ({ ...initialState, ...patch });

describe('visible areas', () => {
  it('shows all 19 without filters', () => {
    expect(visibleAreaIds(initialState)).toHaveLength(19);
    expect(hasFilters(initialState)).toBe(false);
  });

  it('combines strategies with OR', () => {
    expect(visibleAreaIds(f({ strategies: ['jjj'] }))).toEqual(['binhai', 'xiongan']);
    expect(visibleAreaIds(f({ strategies: ['jjj', 'gba'] }))).toEqual(['binhai', 'nansha', 'xiongan']);
    expect(visibleAreaIds(f({ strategies: ['northeast'] }))).toEqual(['jinpu', 'harbin', 'changchun']);
  });

  it('intersects strategies with the measure filter', () => {
    // Measure (6) names Lanzhou, Xixian, Gui'an, Harbin and Changchun.
    expect(visibleAreaIds(f({ measure: 6 }))).toEqual(['lanzhou', 'xixian', 'guian', 'harbin', 'changchun']);
    expect(visibleAreaIds(f({ measure: 6, strategies: ['northeast'] }))).toEqual(['harbin', 'changchun']);
    expect(visibleAreaIds(f({ measure: 6, strategies: ['gba'] }))).toEqual([]);
  });

  it('filters by industry', () => {
    const ids = visibleAreaIds(f({ industry: 'automobiles' }));
    expect(ids).toContain('liangjiang');
    expect(ids).toContain('changchun');
    expect(ids.length).toBeLessThan(19);
  });
});
