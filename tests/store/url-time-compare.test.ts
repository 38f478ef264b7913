// ?year= and ?compare=: good values apply, bad ones are named in a notice and the rest still applies.
import { describe, expect, it } from 'vitest';
import { LAST_YEAR } from '../../src/data';
import { parseUrl, toSearch } from '../../src/store/url';

describe('?year=', () => {
  it('reads a year from 1992 to this one', () => {
    expect(parseUrl('?year=2014')).toEqual({ state: { year: 2014 }, notices: [] });
    expect(parseUrl('?year=1992').state.year).toBe(1992);
    expect(parseUrl(`?year=${LAST_YEAR}`).state.year).toBe(LAST_YEAR);
  });

  it.each(['1991', `${LAST_YEAR + 1}`, '20144', 'abcd', '', '2014.5', ' 2014'])('refuses %j', (v) => {
    const { state, notices } = parseUrl(`?year=${encodeURIComponent(v)}&area=pudong`);
    expect(state).toEqual({ selected: 'pudong' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`years are 1992–${LAST_YEAR}`);
  });

  it('says so in Chinese', () => {
    expect(parseUrl('?year=1800&lang=zh').notices[0]).toBe(`已忽略 year=1800：年份为1992–${LAST_YEAR}。`);
  });
});

describe('?compare=', () => {
  it('reads two or three areas', () => {
    expect(parseUrl('?compare=pudong,xiongan')).toEqual({
      state: { compare: ['pudong', 'xiongan'] },
      notices: [],
    });
    expect(parseUrl('?compare=pudong,xiongan,harbin').state.compare).toEqual(['pudong', 'xiongan', 'harbin']);
  });

  it('names an unknown or repeated id and compares the rest', () => {
    const bad = parseUrl('?compare=pudong,atlantis,binhai');
    expect(bad.state.compare).toEqual(['pudong', 'binhai']);
    expect(bad.notices).toEqual(['Ignored compare=atlantis: no such area.']);
    const twice = parseUrl('?compare=pudong,pudong,binhai');
    expect(twice.state.compare).toEqual(['pudong', 'binhai']);
    expect(twice.notices).toEqual(['Ignored compare=pudong: the same area twice.']);
  });

  it('needs two, and takes three at most', () => {
    const one = parseUrl('?compare=pudong');
    expect(one.state.compare).toBeUndefined();
    expect(one.notices).toEqual(['Ignored compare=pudong: a comparison needs two or three different areas.']);
    const four = parseUrl('?compare=pudong,binhai,harbin,xiongan');
    expect(four.state.compare).toEqual(['pudong', 'binhai', 'harbin']);
    expect(four.notices).toEqual(['Ignored compare=xiongan: at most three areas are compared.']);
  });

  it('writes both back', () => {
    expect(toSearch({ year: 2014, compare: ['pudong', 'binhai'] })).toBe('?year=2014&compare=pudong,binhai');
    expect(toSearch({ year: null, compare: ['pudong'] })).toBe('');
  });
});
