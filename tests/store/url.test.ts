import { describe, expect, it } from 'vitest';
import { quoteValue } from '../../src/i18n/quote';
import { parseUrl, toSearch } from '../../src/store/url';

describe('parseUrl: good values', () => {
  it('reads every key of the contract', () => {
    const { state, notices } = parseUrl(
      '?area=harbin&strategy=northeast,jjj&industry=biomedicine&measure=14&lang=zh&brief=3',
    );
    expect(state).toEqual({
      selected: 'harbin',
      strategies: ['northeast', 'jjj'],
      industry: 'biomedicine',
      measure: 14,
      lang: 'zh',
      brief: 3,
    });
    expect(notices).toEqual([]);
  });

  it('reads an empty query as nothing', () => {
    expect(parseUrl('')).toEqual({ state: {}, notices: [] });
  });
});

describe('parseUrl: unknown and hostile values', () => {
  it('ignores an unknown area with a notice naming it, and keeps the rest', () => {
    const { state, notices } = parseUrl('?area=atlantis&strategy=yrd');
    expect(state).toEqual({ strategies: ['yrd'] });
    expect(notices).toEqual(['Ignored area=atlantis: no such area.']);
  });

  it('keeps the good strategies of a mixed list', () => {
    const { state, notices } = parseUrl('?strategy=yrd,mars,gba');
    expect(state.strategies).toEqual(['yrd', 'gba']);
    expect(notices[0]).toContain('strategy=mars');
  });

  it('rejects measures outside 1–25 and non-numbers', () => {
    for (const m of ['0', '26', '1.5', '13abc', '-1', '']) {
      const { state, notices } = parseUrl(`?measure=${encodeURIComponent(m)}`);
      expect(state.measure, m).toBeUndefined();
      expect(notices, m).toHaveLength(1);
    }
  });

  it('treats script tags as plain text in the notice', () => {
    const { state, notices } = parseUrl(`?area=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(state).toEqual({});
    expect(notices[0]).toBe('Ignored area=<script>alert(1)</script>: no such area.');
  });

  it('refuses very long values and shortens them in the notice', () => {
    const long = 'x'.repeat(5000);
    const { state, notices } = parseUrl(`?area=${long}&lang=zh`);
    expect(state).toEqual({ lang: 'zh' });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.length).toBeLessThan(120);
    expect(notices[0]).toContain('值过长'); // the notice speaks the URL's language
  });

  it('uses the first of repeated keys and says so', () => {
    const { state, notices } = parseUrl('?area=pudong&area=binhai');
    expect(state.selected).toBe('pudong');
    expect(notices[0]).toContain('area=binhai');
  });

  it('rejects a bad language and a bad briefing step', () => {
    const { state, notices } = parseUrl('?lang=fr&brief=zero');
    expect(state).toEqual({});
    expect(notices).toHaveLength(2);
  });
});

describe('toSearch', () => {
  it('writes keys in a fixed order and leaves defaults out', () => {
    expect(toSearch({ lang: 'en', strategies: [], selected: null })).toBe('');
    expect(toSearch({ measure: 2, selected: 'nansha', strategies: ['gba', 'yrd'], lang: 'zh' })).toBe(
      '?area=nansha&strategy=gba,yrd&measure=2&lang=zh',
    );
  });

  it('round-trips through parseUrl', () => {
    const state = {
      selected: 'tianfu' as const,
      strategies: ['chengdu-chongqing' as const],
      measure: 21,
      lang: 'zh' as const,
    };
    expect(parseUrl(toSearch(state)).state).toEqual(state);
  });

  it('quotes values flat and short', () => {
    expect(quoteValue('a\nb')).toBe('a b');
    expect(quoteValue('y'.repeat(50))).toHaveLength(41);
  });
});
