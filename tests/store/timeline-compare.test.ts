// The timeline's year and the comparison: pure updaters, the count the caption shows (read from the
// areas' approval dates), and what the map and the list hide.
import { describe, expect, it } from 'vitest';
import {
  approvalYear,
  areas,
  areasApprovedBy,
  FIRST_YEAR,
  LAST_YEAR,
  PLAN_YEAR,
  timelineMarks,
} from '../../src/data';
import {
  addToCompare,
  clearCompare,
  isComparing,
  removeFromCompare,
  setCompare,
} from '../../src/store/compare';
import { addCurrentView, moveTo, startPresenting } from '../../src/store/presenting';
import { selectMapShownIds, selectVisibleIds } from '../../src/store/selectors';
import { type AppState, initialState } from '../../src/store/state';
import { setYear, shownYear, stepYear } from '../../src/store/timeline';

const s0: AppState = initialState;
const byYear = (y: number) =>
  areas.filter((a) => Number(a.approval.value.date.slice(0, 4)) <= y).map((a) => a.id);

describe('the approval count', () => {
  it('counts the areas approved by the end of a year, from their dates', () => {
    expect(areasApprovedBy(2014)).toEqual(byYear(2014));
    expect(areasApprovedBy(2014)).toHaveLength(11);
    expect(areasApprovedBy(FIRST_YEAR)).toEqual(['pudong']);
    expect(areasApprovedBy(2016)).not.toContain('xiongan');
    expect(areasApprovedBy(2017)).toHaveLength(areas.length);
    expect(approvalYear('binhai')).toBe(2006);
  });

  it('marks each approval year once and the plan', () => {
    const marks = timelineMarks();
    expect(marks[0]).toBe(1992);
    expect(marks).toContain(PLAN_YEAR);
    expect(new Set(marks).size).toBe(marks.length);
    expect([...marks].sort((a, b) => a - b)).toEqual(marks);
  });
});

describe('year updaters', () => {
  it('sets a year within the timeline, and the last year as none', () => {
    const s1 = setYear(s0, 2014);
    expect(s1.year).toBe(2014);
    expect(setYear(s1, 2014)).toBe(s1);
    expect(setYear(s0, 1900).year).toBe(FIRST_YEAR);
    expect(setYear(s1, LAST_YEAR + 5).year).toBeNull();
    expect(setYear(s1, null).year).toBeNull();
    expect(s0.year).toBeNull();
  });

  it('steps by years from the year shown', () => {
    expect(shownYear(s0)).toBe(LAST_YEAR);
    expect(stepYear(s0, -1).year).toBe(LAST_YEAR - 1);
    expect(stepYear(setYear(s0, 2014), 1).year).toBe(2015);
    expect(stepYear(setYear(s0, FIRST_YEAR), -1).year).toBe(FIRST_YEAR);
    expect(stepYear(s0, 1)).toBe(s0);
  });

  it('hides later areas from the list and the map, like a filter, and combines with filters', () => {
    expect(selectVisibleIds(setYear(s0, 2010))).toEqual(byYear(2010));
    const filtered = { ...setYear(s0, 2014), strategies: ['west' as const] };
    expect(selectVisibleIds(filtered).every((id) => byYear(2014).includes(id))).toBe(true);
    expect(selectVisibleIds(filtered)).toContain('xixian');
    expect(selectVisibleIds(filtered)).not.toContain('central-yunnan');
    expect(selectMapShownIds(setYear(s0, 2014))).toEqual(byYear(2014));
  });
});

describe('compare updaters', () => {
  it('keeps two or three distinct areas in the order chosen', () => {
    const s1 = setCompare(s0, ['pudong', 'binhai', 'pudong']);
    expect(s1.compare).toEqual(['pudong', 'binhai']);
    expect(isComparing(s1)).toBe(true);
    expect(setCompare(s1, ['pudong', 'binhai'])).toBe(s1);
    expect(setCompare(s0, ['pudong', 'binhai', 'xiongan', 'harbin']).compare).toHaveLength(3);
  });

  it('adds, replaces the last of three, removes and clears', () => {
    const s1 = addToCompare(s0, 'pudong');
    expect(s1.compare).toEqual(['pudong']);
    expect(isComparing(s1)).toBe(false);
    expect(addToCompare(s1, 'pudong')).toBe(s1);
    const s3 = addToCompare(addToCompare(s1, 'binhai'), 'xiongan');
    expect(s3.compare).toEqual(['pudong', 'binhai', 'xiongan']);
    expect(addToCompare(s3, 'harbin').compare).toEqual(['pudong', 'binhai', 'harbin']);
    expect(removeFromCompare(s3, 'binhai').compare).toEqual(['pudong', 'xiongan']);
    expect(clearCompare(s3).compare).toEqual([]);
  });

  it('dims on the map all but the compared areas, and leaves the list alone', () => {
    const s1 = setCompare(s0, ['pudong', 'xiongan']);
    expect(selectMapShownIds(s1)).toEqual(['pudong', 'xiongan']);
    expect(selectVisibleIds(s1)).toHaveLength(areas.length);
    expect(selectMapShownIds(setYear(s1, 2014))).toEqual(['pudong']);
  });
});

describe('a briefing step with a year', () => {
  it('shows its year, and a step without one shows every area', () => {
    const step = {
      bounds: [100, 20, 120, 40] as [number, number, number, number],
      selected: null,
      strategies: [],
      industry: null,
      measure: null,
      colorMode: 'strategy' as const,
      caption: 'c',
      notes: '',
    };
    const briefing = { version: 1 as const, title: 'T', steps: [{ ...step, year: 2010 }, step] };
    const s1 = startPresenting({ ...s0, briefing });
    expect(s1.year).toBe(2010);
    expect(moveTo(s1, 'next').year).toBeNull();
    expect(addCurrentView(setYear(s0, 2012), 'here').briefing?.steps.at(-1)?.year).toBe(2012);
  });
});
