// What the browser tests (tests/e2e/harness.ts) and the benchmark (scripts/bench/) both need to drive
// the map: its camera from the URL hash, where a coordinate lands on the canvas, the wait for a
// settled map, and the page's errors.

/** @typedef {{ zoom: number, lat: number, lon: number }} View */
/** @typedef {import('playwright-core').Page} Page */

/**
 * The camera from MapLibre's hash, `#map=zoom/lat/lon`, or null.
 * @param {string} hash
 * @returns {View | null}
 */
export function parseView(hash) {
  const m = /map=([\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(hash);
  return m ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
}

/**
 * Whether two cameras are the same, to the hash's precision.
 * @param {View | null} a
 * @param {View | null} b
 */
export function sameView(a, b) {
  if (!a || !b) return false;
  return Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.lat - b.lat) < 0.01 && Math.abs(a.lon - b.lon) < 0.01;
}

/**
 * Web Mercator, 512 px tiles, no rotation: the canvas pixel of a coordinate.
 * @param {number} lon
 * @param {number} lat
 * @param {View} view
 * @param {{ width: number, height: number }} size  the canvas's
 * @returns {{ x: number, y: number }}
 */
export function project(lon, lat, view, size) {
  const scale = 512 * 2 ** view.zoom;
  /** @param {number} l */
  const x = (l) => ((l + 180) / 360) * scale;
  /** @param {number} p */
  const y = (p) => {
    const s = Math.sin((p * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  };
  return { x: size.width / 2 + x(lon) - x(view.lon), y: size.height / 2 + y(lat) - y(view.lat) };
}

const idle = () =>
  document.querySelector('[data-testid="map-region"]')?.getAttribute('aria-busy') === 'false';

/**
 * Waits until the map region says aria-busy="false" and still says so `quietMs` later (no follow-up
 * frame). The wait's handle is released at once: a kept handle keeps its object alive, which the
 * benchmark's heap figures would count.
 * @param {Page} page
 * @param {{ timeout?: number, quietMs?: number, polling?: number | 'raf' }} [options]
 */
export async function waitMapSettled(page, { timeout = 60_000, quietMs = 250, polling } = {}) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const handle = await page.waitForFunction(idle, null, {
      timeout: Math.max(1000, until - Date.now()),
      ...(polling ? { polling } : {}),
    });
    await handle.dispose();
    await page.waitForTimeout(quietMs);
    if (await page.evaluate(idle)) return;
  }
  throw new Error('the map never settled');
}

/**
 * Collects the page's uncaught errors and console errors, as they happen.
 * @param {Page} page
 */
export function trackErrors(page) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
