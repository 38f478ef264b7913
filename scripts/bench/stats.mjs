// Order statistics for the report: quantiles by linear interpolation between closest ranks.

/** @typedef {ReturnType<typeof summary>} Summary */

/**
 * @param {number | null} v
 * @returns {v is number}
 */
const isFiniteNumber = (v) => Number.isFinite(v);

/**
 * @param {(number | null)[]} values  null and other non-finite ones are left out
 * @param {number} q  0…1
 */
export function quantile(values, q) {
  const xs = values.filter(isFiniteNumber).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/** @param {(number | null)[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {(number | null)[]} values  null and other non-finite ones are left out */
export function summary(values) {
  const xs = values.filter(isFiniteNumber);
  return {
    n: xs.length,
    median: median(xs),
    min: xs.length ? Math.min(...xs) : Number.NaN,
    max: xs.length ? Math.max(...xs) : Number.NaN,
    p50: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
  };
}
