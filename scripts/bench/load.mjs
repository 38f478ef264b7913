// One cold page load: a fresh context, navigation, the page-clock times of the first picture (the
// app's 2D map) and of the map's first idle with its final renderer, and the files the server was
// asked for up to that idle (the first screen).
import { freshPage, waitFirstIdle } from './page.mjs';

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
