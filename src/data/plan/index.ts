// The plan, as parsed from the seed at build time by planPlugin. Import it from here, not from
// 'virtual:plan', so the rest of the code has one place where the plan enters.

import parsed from 'virtual:plan';
import type { Measure } from '../types';

export const plan = parsed;

export function measureByN(n: number): Measure | undefined {
  return plan.measures.find((m) => m.n === n);
}

export function PLAN_CITATION(n: number): string {
  return `2024 Action Plan, measure (${n})`;
}
