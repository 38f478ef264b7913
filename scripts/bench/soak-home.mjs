// The soak's fixed points: a warm-up that fills, once, every cache an afternoon with the app fills,
// and the way back to one and the same state before each heap figure, so that the figures compare
// the app with itself rather than with whatever the last random actions happened to leave in a cache.
import { sameView } from '../lib/map-page.mjs';
import { currentView } from './interactions.mjs';
import { waitSettled } from './page.mjs';
import {
  ACTIONS,
  areasTab,
  detailsArea,
  PRESENTING,
  presenting,
  press,
  SEL,
  showed,
} from './soak-actions.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {import('../lib/map-page.mjs').View} View */

/** A random source that always gives `x`: the actions' choices, made by hand. */
const always = (/** @type {number} */ x) => () => x;
/** The choice of the i-th of n by `int` or `pick` (floor(r · n)). */
const nth = (/** @type {number} */ i, /** @type {number} */ n) => always((i + 0.5) / n);

/**
 * @param {Page} page
 * @param {View} view
 */
async function moveCamera(page, view) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, `#map=${view.zoom}/${view.lat}/${view.lon}`);
  await waitSettled(page, { quietMs: 150 });
}

const TILE = 512; // MapLibre's GeoJSON tiles, in CSS pixels at their own zoom
const TOUR_ZOOM = 8; // every source is drawn there (water, cities and outlines from 5.5–7 on)

/**
 * The views of the tour: at zoom 8, over the open Pacific (empty tiles load and draw fast), a grid of
 * views that share no tile, until the tiles they leave behind are half as many again as MapLibre
 * keeps of each source out of view — (⌈w / 512⌉ + 1) × (⌈h / 512⌉ + 1) × 5 tiles (its
 * TileManager.updateCacheSize) — so that whatever the random actions left there is gone.
 * @param {{ width: number, height: number }} map  the map's size in CSS pixels
 * @returns {View[]}
 */
export function tourViews(map) {
  const kept = (Math.ceil(map.width / TILE) + 1) * (Math.ceil(map.height / TILE) + 1) * 5;
  const world = TILE * 2 ** TOUR_ZOOM;
  const step = { x: map.width + TILE, y: map.height + TILE }; // no tile in two views
  const start = { x: ((155 + 180) / 360) * world, y: mercatorY(20) * world };
  const columns = 5;
  /** @type {View[]} */
  const views = [];
  for (let tiles = 0, i = 0; tiles < 1.5 * kept; i++) {
    const x = start.x + (i % columns) * step.x;
    const y = start.y + Math.floor(i / columns) * step.y;
    const [lon, lat] = [round((x / world) * 360 - 180), round(latOf(y / world))];
    // The tiles it covers, from where the rounded centre puts its edges.
    const cx = ((lon + 180) / 360) * world;
    const cy = mercatorY(lat) * world;
    const across = (/** @type {number} */ c, /** @type {number} */ size) =>
      Math.floor((c + size / 2) / TILE) - Math.floor((c - size / 2) / TILE) + 1;
    tiles += across(cx, map.width) * across(cy, map.height);
    views.push({ zoom: TOUR_ZOOM, lat, lon });
  }
  return views;
}
/** Web Mercator: the world's y (0 at the top, 1 at the bottom) of a latitude, and back. */
const mercatorY = (/** @type {number} */ lat) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const latOf = (/** @type {number} */ y) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
const round = (/** @type {number} */ v) => Math.round(v * 1e4) / 1e4;

/**
 * Back to the same state before a heap figure: no presentation, selection or filter, English, the
 * Areas tab, the legend open, the first colour mode, the pointer off the map; then the same tour of
 * the map (MapLibre's tile caches then hold the same tiles whatever came before) and the national
 * camera.
 * @param {Page} page
 * @param {{ national: View, colourMode: string, tour: View[] }} at
 */
export async function home(page, { national, colourMode, tour }) {
  await page.mouse.move(2, 2);
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  if (await presenting(page)) {
    await page.keyboard.press('Escape');
    await showed(page, () => document.querySelector('.app.presenting') === null, null);
  }
  if ((await detailsArea(page)) !== null) {
    await page.keyboard.press('Escape');
    await showed(page, () => document.querySelector('aside.details') === null, null);
  }
  const none = always(0); // these actions choose nothing
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await ACTIONS.lang(page, none, []);
  await areasTab(page);
  if (!(await page.locator(SEL.clear).isDisabled())) await ACTIONS.clear(page, none, []);
  if ((await page.locator(SEL.legendToggle).getAttribute('aria-expanded')) !== 'true')
    await ACTIONS.legend(page, none, []);
  await page.locator(SEL.colour).selectOption(colourMode);
  await allYears(page);
  await waitSettled(page, { quietMs: 400 }); // a flight started by the last action ends first
  for (const view of tour) await moveCamera(page, view);
  for (let attempt = 0; attempt < 5; attempt++) {
    await moveCamera(page, national);
    await waitSettled(page, { quietMs: 400 });
    if (sameView(await currentView(page), national)) break;
  }
  await waitSettled(page);
}

/**
 * The timeline at its last year (every area): a presentation's step may leave an earlier one set.
 * @param {Page} page
 */
async function allYears(page) {
  const slider = page.locator(SEL.yearSlider);
  if ((await slider.getAttribute('aria-valuenow')) === (await slider.getAttribute('aria-valuemax'))) return;
  await slider.focus();
  await page.keyboard.press('End');
  await showed(
    page,
    (sel) => {
      const s = document.querySelector(sel);
      return s?.getAttribute('aria-valuenow') === s?.getAttribute('aria-valuemax');
    },
    SEL.yearSlider,
  );
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
}

/**
 * Every option of a select in turn, then the first again.
 * @param {Page} page
 * @param {import('playwright-core').Locator} select
 */
async function everyOption(page, select) {
  const values = await select
    .locator('option:not([disabled])')
    .evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
  for (const v of [...values, values[0]]) {
    await select.selectOption(v);
    await waitSettled(page, { quietMs: 100 });
  }
}

/**
 * The warm-up, the same for every seed: in each language, every area chosen from the list (each
 * flight ends at city zoom, where the detailed outlines, rivers, lakes, cities and their names load)
 * and the presentation stepped through; then, in English, its keys, play, pause and leaving, the map
 * zoomed and panned by keys, an area chosen on the map, the details closed both ways, every tab,
 * colour mode, strategy, industry and measure, and the legend. What these fill once (files,
 * MapLibre's glyphs and images, the 2D painter's caches, compiled code) is then not counted as growth.
 * @param {Page} page
 * @param {BenchArea[]} areas
 * @param {{ national: View, colourMode: string, tour: View[] }} at
 * @param {(m: string) => void} [log]
 */
export async function warmUp(page, areas, at, log = () => {}) {
  let t0 = Date.now();
  const lap = (/** @type {string} */ what) => {
    log(`soak: warm-up: ${what} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    t0 = Date.now();
  };
  for (const lang of ['en', 'zh-CN']) {
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang)
      await ACTIONS.lang(page, always(0), areas);
    for (let i = 0; i < areas.length; i++) {
      await ACTIONS.list(page, nth(i, areas.length), areas);
      await waitSettled(page);
    }
    lap(`${lang}: every area`);
    // Through the steps without waiting for each flight (the next step interrupts it, as a quick
    // presenter does): what the steps' views would load comes in with the areas above.
    await ACTIONS.present(page, always(0), areas);
    while (await press(page, page.locator(SEL.next))) await page.waitForTimeout(300);
    await waitSettled(page);
    lap(`${lang}: the presentation's steps`);
    if (lang !== 'en') break; // the rest runs the same code in either language
    // Its keys (the last step to the one before, the first, play) and buttons (play, pause, leave).
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    for (const key of ['ArrowLeft', 'Home', ' ']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
    }
    await PRESENTING.play(page);
    await PRESENTING.play(page);
    await PRESENTING.exit(page, always(0.25));
    await ACTIONS.list(page, nth(0, areas.length), areas);
    await page.locator(SEL.surface).focus();
    for (const key of ['+', '+', '-', '-', '=', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      await page.keyboard.press(key);
      await waitSettled(page, { quietMs: 100 });
    }
    await ACTIONS.close(page, always(0.25), areas); // the close button
    await ACTIONS.list(page, nth(1, areas.length), areas);
    await ACTIONS.close(page, always(0.75), areas); // Escape
    await moveCamera(page, at.national);
    await ACTIONS.map(page, nth(0, areas.length), areas);
    await ACTIONS.close(page, always(0.75), areas);
    const tabs = await page.locator(SEL.tab).count();
    for (let i = tabs - 1; i >= 0; i--) await ACTIONS.tab(page, nth(i, tabs), areas);
    await everyOption(page, page.locator(SEL.colour));
    await areasTab(page);
    const chips = await page.locator(SEL.chip).count();
    for (let i = 0; i < 2 * chips; i++) await ACTIONS.chip(page, nth(i % chips, chips), areas);
    await everyOption(page, page.locator(SEL.filterSelect).nth(0));
    await everyOption(page, page.locator(SEL.filterSelect).nth(1));
    await ACTIONS.clear(page, always(0), areas);
    await ACTIONS.legend(page, always(0), areas);
    await ACTIONS.legend(page, always(0), areas);
    lap(`${lang}: keys, the map, closing, tabs, colours, filters, the legend`);
  }
  await home(page, at);
  lap('the way back');
}
