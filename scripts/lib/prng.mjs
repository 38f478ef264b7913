// A tiny seeded PRNG for the fault tests (the URL fuzz and the bench's soak): the same seed gives the
// same run, so a failure can be replayed exactly. mulberry32: 32 bits of state, fast, good enough for
// choosing test inputs (not for anything secret).

/**
 * @param {number} seed  any number; its low 32 bits are used
 * @returns {() => number}  uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * One of `xs`, uniformly.
 * @template T
 * @param {() => number} rng
 * @param {readonly T[]} xs  not empty
 * @returns {T}
 */
export const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];

/**
 * A whole number from lo to hi, both included.
 * @param {() => number} rng
 * @param {number} lo
 * @param {number} hi
 */
export const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * A seed from an environment variable or command-line value, else the default; always printed by the
 * caller, so any run can be replayed.
 * @param {string | undefined} value
 * @param {number} fallback
 */
export function seedFrom(value, fallback) {
  if (value === undefined || value === '') return fallback >>> 0;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`a seed must be a number, not ${value}`);
  return n >>> 0;
}
