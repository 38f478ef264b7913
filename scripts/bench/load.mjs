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
      // The parser done, and the app's code started (src/main.tsx marks it; the floor never does).
      parsedAt: nav?.domInteractive ?? null,
      appStartAt: performance.getEntriesByName('atlas:start')[0]?.startTime ?? null,
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
 * One load's times on the page clock (ms; NaN where the page never got there): the first picture, the
 * first idle with the final renderer, the parser done, the app's code started.
 * @typedef {{ first: number, idle: number, parsed: number, appStart: number }} Milestones
 */

/**
 * Cold loads of two pages, pair by pair: which goes first alternates (the first key of `pages` in
 * even runs), so drift in the machine's speed hits both alike. `onLoaded` works on each loaded page
 * before it closes; `pair` makes each run's figures (and may log them) as soon as the run is done.
 * @template {string} K
 * @template P
 * @param {import('playwright-core').Browser} browser
 * @param {Record<K, { server: import('../lib/serve.mjs').StaticServer, url: string }>} pages
 * @param {{
 *   runs: number,
 *   pair: (at: Record<K, Milestones>, order: K[], run: number) => P,
 *   onLoaded?: (kind: K, page: import('playwright-core').Page, run: number) => Promise<void>,
 * }} opts
 */
export async function alternatedLoads(browser, pages, { runs, pair, onLoaded }) {
  const kinds = /** @type {K[]} */ (Object.keys(pages));
  /** @type {P[]} */
  const pairs = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {Partial<Record<K, string[]>>} */
  const requested = {};
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? kinds : [...kinds].reverse();
    const at = /** @type {Record<K, Milestones>} */ ({});
    for (const kind of order) {
      const r = await measureLoad(browser, pages[kind].server, pages[kind].url);
      at[kind] = {
        first: r.firstPictureAt ?? Number.NaN,
        idle: r.idleAt,
        parsed: r.parsedAt ?? Number.NaN,
        appStart: r.appStartAt ?? Number.NaN,
      };
      requested[kind] ??= r.requested;
      await onLoaded?.(kind, r.page, i);
      errors.push(...r.errors.map((e) => `${kind}: ${e}`));
      await r.context.close();
    }
    pairs.push(pair(at, order, i));
  }
  return { pairs, errors, requested };
}

/**
 * Cold loads of the app and the floor page, pair by pair (alternatedLoads). `afterApp` works on each
 * loaded app page before it closes.
 * @param {import('playwright-core').Browser} browser
 * @param {{ app: import('../lib/serve.mjs').StaticServer, floor: import('../lib/serve.mjs').StaticServer, floorUrl: string }} pages
 * @param {{ runs: number, log: (m: string) => void, afterApp?: (page: import('playwright-core').Page, run: number) => Promise<void> }} opts
 */
export function loadPairs(browser, { app, floor, floorUrl }, { runs, log, afterApp }) {
  return alternatedLoads(
    browser,
    { floor: { server: floor, url: floorUrl }, app: { server: app, url: app.url } },
    {
      runs,
      onLoaded: async (kind, page, i) => {
        if (kind === 'app') await afterApp?.(page, i);
      },
      /** @returns {import('./results.mjs').LoadPair} */
      pair: (at, order, i) => {
        const pair = {
          order: order.join('→'),
          app: at.app.idle,
          floor: at.floor.idle,
          ratio: at.app.idle / at.floor.idle,
          first: at.app.first,
          firstRatio: at.app.first / at.floor.idle,
        };
        log(
          `run ${i + 1}/${runs}: app ${pair.app.toFixed(0)} ms (first picture ${pair.first.toFixed(0)}), floor ${pair.floor.toFixed(0)} ms, ratio ${pair.ratio.toFixed(3)}`,
        );
        return pair;
      },
    },
  );
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
