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

/**
 * The mean without the lowest and highest fifth (at least one each, from 3 values on): steadier than
 * the mean on a shared machine, where one run can be slowed by another job.
 * @param {(number | null)[]} values
 */
export function trimmedMean(values) {
  const xs = values.filter(isFiniteNumber).sort((a, b) => a - b);
  const cut = xs.length >= 3 ? Math.max(1, Math.floor(xs.length / 5)) : 0;
  const kept = xs.slice(cut, xs.length - cut);
  return kept.length ? kept.reduce((a, b) => a + b, 0) / kept.length : Number.NaN;
}

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
