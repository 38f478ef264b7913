// One cold page load: a fresh context, navigation, and the page-clock time of the map's first idle,
// with the files the server was asked for up to that moment (the first screen).
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
    const canvas = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
    return {
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      loadEvent: nav?.loadEventEnd ?? null,
      canvas: canvas ? { width: Math.round(canvas.width), height: Math.round(canvas.height) } : null,
    };
  });
  return { ...opened, idleAt, requested, ...timing };
}
