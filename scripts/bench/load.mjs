// One cold page load: a fresh context, navigation, the page-clock times of the first picture (the
// app's 2D map) and of the map's first idle with its final renderer, and the files the server was
// asked for up to that idle (the first screen).
import { freshPage, waitFirstIdle, waitSettled } from './page.mjs';
import { summary, trimmedMean } from './stats.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} server  the one `url` is on
 * @param {string} url
 */
export async function measureLoad(browser, server, url) {
  const opened = await freshPage(browser);
  const { page } = opened;
  const from = server.requests.length;
  await page.goto(url, { waitUntil: 'commit' });
  const idleAt = await waitFirstIdle(page);
  const requested = server.requests.slice(from);
  const timing = await page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (
      performance.getEntriesByType('navigation')[0]
    );
    const probe = /** @type {import('./page-probe.mjs').ProbeWindow} */ (window).__bench;
    // The app's map surface (both renderers fill it), else the floor's MapLibre canvas.
    const map = (
      document.querySelector('[data-testid="map-surface"]') ??
      document.querySelector('canvas.maplibregl-canvas')
    )?.getBoundingClientRect();
    return {
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      loadEvent: nav?.loadEventEnd ?? null,
      firstPictureAt: probe.firstPictureAt,
      firstPaintedAt: probe.firstPaintedAt,
      canvas: map ? { width: Math.round(map.width), height: Math.round(map.height) } : null,
    };
  });
  return { ...opened, idleAt, requested, ...timing };
}

/**
 * Warm-up loads, not counted: they fill the server's gzip cache and the OS file cache for both pages,
 * and measure the app's map canvas so the floor draws the same number of pixels.
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} app
 * @param {import('../lib/serve.mjs').StaticServer} floor
 */
export async function warmUp(browser, app, floor) {
  const warm = await measureLoad(browser, app, app.url);
  await waitSettled(warm.page);
  const canvas = warm.canvas;
  await warm.context.close();
  if (!canvas) throw new Error('the app page has no map canvas to size the floor page by');
  const floorUrl = `${floor.url}floor.html?w=${canvas.width}&h=${canvas.height}`;
  await (await measureLoad(browser, floor, floorUrl)).context.close();
  return { floorUrl, canvas };
}

/**
 * Cold loads of the app and the floor page, pair by pair; which goes first alternates, so drift in
 * the machine's speed hits both alike. `afterApp` works on each loaded app page before it closes.
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('../lib/serve.mjs').StaticServer, floor: import('../lib/serve.mjs').StaticServer, floorUrl: string }} pages
 * @param {{ runs: number, log: (m: string) => void, afterApp?: (page: import('playwright-core').Page, run: number) => Promise<void> }} opts
 */
export async function loadPairs(browser, { app, floor, floorUrl }, { runs, log, afterApp }) {
  /** @type {import('./results.mjs').LoadPair[]} */
  const pairs = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {Partial<Record<'app' | 'floor', string[]>>} */
  const requested = {};
  for (let i = 0; i < runs; i++) {
    const order = /** @type {('app' | 'floor')[]} */ (i % 2 === 0 ? ['floor', 'app'] : ['app', 'floor']);
    /** @type {Partial<Record<'app' | 'floor', number>>} */
    const idleAt = {};
    let firstAt = Number.NaN;
    for (const kind of order) {
      const server = kind === 'app' ? app : floor;
      const r = await measureLoad(browser, server, kind === 'app' ? app.url : floorUrl);
      idleAt[kind] = r.idleAt;
      requested[kind] ??= r.requested;
      if (kind === 'app') {
        firstAt = r.firstPictureAt ?? Number.NaN;
        await afterApp?.(r.page, i);
      }
      errors.push(...r.errors.map((e) => `${kind}: ${e}`));
      await r.context.close();
    }
    // Both pages were loaded above, so the NaN defaults never apply.
    const { app: appAt = Number.NaN, floor: floorAt = Number.NaN } = idleAt;
    const pair = {
      order: order.join('→'),
      app: appAt,
      floor: floorAt,
      ratio: appAt / floorAt,
      first: firstAt,
      firstRatio: firstAt / floorAt,
    };
    pairs.push(pair);
    log(
      `run ${i + 1}/${runs}: app ${pair.app.toFixed(0)} ms (first picture ${firstAt.toFixed(0)}), floor ${pair.floor.toFixed(0)} ms, ratio ${pair.ratio.toFixed(3)}`,
    );
  }
  return { pairs, errors, requested };
}

/**
 * The load figures of the pairs: times, their ratios to the floor, and the map's size.
 * @param {import('./results.mjs').LoadPair[]} pairs
 * @param {{ width: number, height: number }} canvas  the app's map, which the floor page matches
 * @returns {import('./results.mjs').LoadFigures}
 */
export function loadFigures(pairs, canvas) {
  return {
    app: summary(pairs.map((p) => p.app)),
    floor: summary(pairs.map((p) => p.floor)),
    ratio: summary(pairs.map((p) => p.ratio)),
    trimmedRatio: trimmedMean(pairs.map((p) => p.ratio)),
    first: summary(pairs.map((p) => p.first)),
    firstRatio: summary(pairs.map((p) => p.firstRatio)),
    canvas,
    pairs,
  };
}
