// The timeline's year. Pure updaters. A year is kept within the years the timeline offers; the last
// of them shows every area, the same as no year at all, so it is stored as none (and leaves the URL).
import { FIRST_YEAR, LAST_YEAR } from '../data';
import type { AppState } from './state';

const clampYear = (y: number) => Math.max(FIRST_YEAR, Math.min(Math.round(y), LAST_YEAR));

export function setYear(s: AppState, year: number | null): AppState {
  const next = year === null || Number.isNaN(year) ? null : clampYear(year);
  const stored = next === LAST_YEAR ? null : next;
  return s.year === stored ? s : { ...s, year: stored };
}

/** The year the timeline shows: with no year set, the last one (every area). */
export const shownYear = (s: Pick<AppState, 'year'>): number => s.year ?? LAST_YEAR;

/** Moves the year by `delta` years (the slider's arrows and pages, and play). */
export const stepYear = (s: AppState, delta: number): AppState => setYear(s, shownYear(s) + delta);
