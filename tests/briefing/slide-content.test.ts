import { describe, expect, it } from 'vitest';
import { slideContent } from '../../src/briefing/slide-content';
import { areaScale } from '../../src/colour/scales';
import { startPresenting } from '../../src/store/presenting';
import { initialState } from '../../src/store/state';

describe('what an exported slide says', () => {
  it('titles the current view, lists the legend from the scale, and dates the sources', () => {
    const c = slideContent({ ...initialState, strategies: ['yrd'] }, '2026-11-27');
    expect(c.title).toBe('New Areas Atlas');
    expect(c.subtitle).toBe('Showing: Yangtze River Delta');
    expect(c.legend.map((e) => e.color)).toEqual(areaScale('strategy').legend.map((e) => e.color));
    expect(c.legend.every((e) => e.label.length > 0)).toBe(true);
    expect(c.facts).toBeNull();
    expect(c.sources).toContain('2024 Action Plan');
    expect(c.sources).toContain('as of 2026-11-27');
    expect(c.attribution).toContain('审图号');
  });

  it('gives the selected area’s key facts', () => {
    const c = slideContent({ ...initialState, selected: 'harbin' }, '2026-11-27');
    expect(c.subtitle).toBe('Harbin New Area');
    expect(c.facts?.heading).toBe('Harbin New Area');
    expect(c.facts?.other).toBe('黑龙江哈尔滨新区');
    expect(c.facts?.lines.join('\n')).toContain('(6) (11) (14)');
    expect(c.facts?.lines.join('\n')).toContain('approximate');
  });

  it('uses the briefing’s title and the step’s caption while presenting, in the UI language', () => {
    const c = slideContent(startPresenting({ ...initialState, lang: 'zh' }, 6), '2026-11-27');
    expect(c.title).toBe('国家级新区与2024年行动计划');
    expect(c.subtitle).toContain('上海浦东新区');
    expect(c.sources).toContain('截至2026-11-27');
  });

  it('says the timeline’s count, and lists compared areas one line each', () => {
    const y = slideContent({ ...initialState, year: 2014 }, '2026-11-27');
    const plain = slideContent(initialState, '2026-11-27').subtitle;
    expect(y.subtitle).toBe(`${plain} · Approved by 2014: 11 of 19`);
    const c = slideContent({ ...initialState, compare: ['pudong', 'xiongan'] }, '2026-11-27');
    expect(c.subtitle).toBe("Comparison: Pudong · Xiong'an");
    expect(c.facts?.lines).toHaveLength(2);
    expect(c.facts?.lines[0]).toMatch(/^Pudong: 1992 · 1,210 km² · \(\d+\)/);
  });
});
