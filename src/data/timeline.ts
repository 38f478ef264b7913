// The establishment timeline: which areas the State Council had approved by the end of a year, read
// from each area's approval date (never a hand-typed count), and the years worth marking on a slider.
import { areas } from './areas';
import type { AreaId } from './types';

/** Pudong's year: no national-level new area is older. */
export const FIRST_YEAR = 1992;
/** The year of the national action plan the atlas is built around. */
export const PLAN_YEAR = 2024;
/** The last year a timeline offers: this one (read once, when the app loads). */
export const LAST_YEAR = Math.max(new Date().getFullYear(), PLAN_YEAR);

export const approvalYear = (id: AreaId): number => {
  const area = areas.find((a) => a.id === id);
  return area ? Number(area.approval.value.date.slice(0, 4)) : Number.POSITIVE_INFINITY;
};

/** Whether a year is one the timeline offers. */
export const isTimelineYear = (year: number): boolean =>
  Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

/** The areas approved by the end of `year`, in approval order. */
export function areasApprovedBy(year: number): AreaId[] {
  return areas.filter((a) => approvalYear(a.id) <= year).map((a) => a.id);
}

/** The years to mark: each year with an approval, and the plan's year; ascending, each once. */
export function timelineMarks(): number[] {
  return [...new Set([...areas.map((a) => approvalYear(a.id)), PLAN_YEAR])].sort((a, b) => a - b);
}
