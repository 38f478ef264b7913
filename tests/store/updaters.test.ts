import { describe, expect, it } from 'vitest';
import { clearFilters, setIndustry, setMeasure, toggleStrategy } from '../../src/store/filters';
import { hoverArea } from '../../src/store/hover';
import { clearSelection, selectArea } from '../../src/store/selection';
import { type AppState, initialState } from '../../src/store/state';
import {
  addNotice,
  addNotices,
  applyPatch,
  dismissNotice,
  dropNotices,
  setColorMode,
  setLang,
  setSort,
} from '../../src/store/view';

const s0: AppState = initialState;

describe('selection updaters', () => {
  it('selects, reselects without change, and clears', () => {
    const s1 = selectArea(s0, 'harbin');
    expect(s1.selected).toBe('harbin');
    expect(selectArea(s1, 'harbin')).toBe(s1);
    expect(clearSelection(s1).selected).toBeNull();
    expect(s0.selected).toBeNull(); // pure: the input is untouched
  });

  it('hovers and keeps identity when nothing moved', () => {
    const s1 = hoverArea({ hovered: null }, { id: 'pudong', x: 1, y: 2 });
    expect(s1.hovered).toEqual({ id: 'pudong', x: 1, y: 2 });
    expect(hoverArea(s1, { id: 'pudong', x: 1, y: 2 })).toBe(s1);
    expect(hoverArea(s1, null).hovered).toBeNull();
  });
});

describe('filter updaters', () => {
  it('toggles strategies on and off, in canonical order', () => {
    const s1 = toggleStrategy(toggleStrategy(s0, 'west'), 'jjj');
    expect(s1.strategies).toEqual(['jjj', 'west']);
    expect(toggleStrategy(s1, 'jjj').strategies).toEqual(['west']);
  });

  it('sets industry and measure, and clears all filters at once', () => {
    const s1 = setMeasure(setIndustry(toggleStrategy(s0, 'gba'), 'biomedicine'), 13);
    expect([s1.industry, s1.measure]).toEqual(['biomedicine', 13]);
    const s2 = clearFilters(s1);
    expect([s2.strategies, s2.industry, s2.measure]).toEqual([[], null, null]);
    expect(clearFilters(s2)).toBe(s2);
  });
});

describe('view updaters', () => {
  it('sets colour mode, language and sort', () => {
    expect(setColorMode(s0, 'year').colorMode).toBe('year');
    expect(setLang(s0, 'zh').lang).toBe('zh');
    expect(setSort(s0, 'name').sort).toBe('name');
    expect(setLang(s0, 'en')).toBe(s0);
  });

  it('adds notices once and dismisses by index', () => {
    const s1 = addNotices(s0, ['a', 'b', 'a']);
    expect(s1.notices).toEqual([{ text: 'a' }, { text: 'b' }]);
    expect(addNotices(s1, ['a'])).toBe(s1);
    expect(dismissNotice(s1, 0).notices).toEqual([{ text: 'b' }]);
    expect(dismissNotice(s1, 5)).toBe(s1);
  });

  it('adds a notice with an action once, but every one that holds a briefing', () => {
    const exportIt = { text: 'not kept', action: { kind: 'export' } } as const;
    const s1 = addNotice(addNotices(s0, ['not kept']), exportIt);
    expect(s1.notices).toEqual([{ text: 'not kept' }]);
    const s2 = addNotice(s0, exportIt);
    expect(addNotice(s2, exportIt)).toBe(s2);
    // Two briefings with one title: two notices, each holding its own.
    const held = (title: string) => ({
      text: `Replaced “${title}”`,
      action: { kind: 'restore' as const, briefing: { version: 1 as const, title, steps: [] } },
    });
    const s3 = addNotice(addNotice(s2, held('Same')), held('Same'));
    expect(s3.notices).toHaveLength(3);
  });

  it('takes back the notices of one kind of action, keeping identity when there are none', () => {
    const s1 = addNotice(addNotices(s0, ['plain']), { text: 'x', action: { kind: 'downloadDamaged' } });
    expect(dropNotices(s1, 'downloadDamaged').notices).toEqual([{ text: 'plain' }]);
    expect(dropNotices(s1, 'export')).toBe(s1);
  });

  it('applies a patch, keeping identity when nothing changes', () => {
    const s1 = applyPatch(s0, { selected: 'xiongan', lang: 'zh' });
    expect([s1.selected, s1.lang]).toEqual(['xiongan', 'zh']);
    expect(applyPatch(s1, { selected: 'xiongan' })).toBe(s1);
  });
});
