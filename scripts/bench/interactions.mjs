// Interaction timings in the app: click → selection painted (from the list and from the map's dots at
// national zoom) and strategy filter toggle → map idle. Every action starts from a settled map with
// no details panel open (the panel takes width from the map, so it would change what is measured).
import { parseView, project, sameView } from '../lib/map-page.mjs';
import { arm, finished, visibleBox, waitFor, waitSettled } from './page.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {import('../lib/map-page.mjs').View} View */
/** @typedef {import('./page-probe.mjs').Measurement} Measurement */
/** @typedef {import('./page-probe.mjs').Finished} Finished */
/**
 * A click's figures (ms from the click): to the first frame with the panel, to the panel in the DOM,
 * to after that frame's paint; null when it failed (`selected`: the area shown instead, if any).
 * @typedef {{ route: 'list' | 'map', area: string }} ClickOf
 * @typedef {ClickOf & { ok: true, ms: number, domMs: number, paintedMs: number }} ClickDone
 * @typedef {ClickOf & { ok: false, ms: null, domMs: null, paintedMs: null, selected?: string | null }} ClickFailed
 * @typedef {ClickDone | ClickFailed} ClickResult
 */
/** @typedef {{ chip: string | undefined, turn: 'on' | 'off', ok: boolean, ms: number | null, method: Measurement['method'] }} FilterResult */
/** @typedef {{ before: () => Promise<unknown>, after: () => Promise<unknown> }} Hooks */

/** @param {Page} page */
const shownArea = (page) =>
  page.evaluate(
    () => /** @type {HTMLElement | null} */ (document.querySelector('aside.details'))?.dataset.area ?? null,
  );

/** @param {Page} page */
async function closeDetails(page) {
  if ((await shownArea(page)) === null) return;
  await page.keyboard.press('Escape');
  await waitFor(page, () => !document.querySelector('aside.details'), null, { polling: 50 });
}

/**
 * Presses where the pointer already is: a click with no mousemove of its own.
 * @param {Page} page
 */
async function press(page) {
  await page.mouse.down();
  await page.mouse.up();
}

/**
 * Moves the pointer there first and lets any hover repaint finish, as a person's click would.
 * @param {Page} page
 * @param {number} x
 * @param {number} y
 * @param {Measurement['kind']} kind
 * @param {string} [area]
 */
async function hoverThenArm(page, x, y, kind, area) {
  await page.mouse.move(x, y);
  await waitSettled(page);
  return arm(page, kind, area);
}

/**
 * @param {ClickResult['route']} route
 * @param {BenchArea} area
 * @param {Finished | null} r  null on timeout
 * @returns {ClickResult}
 */
function selectResult(route, area, r) {
  if (!r) return { route, area: area.id, ok: false, ms: null, domMs: null, paintedMs: null };
  // A select measurement finishes only once its DOM, frame and paint times are set.
  const { domAt, frameAt, paintedAt } = /** @type {Record<'domAt' | 'frameAt' | 'paintedAt', number>} */ (r);
  return {
    route,
    area: area.id,
    ok: true,
    ms: frameAt - r.t0,
    domMs: domAt - r.t0,
    paintedMs: paintedAt - r.t0,
  };
}

/** Each area's button in the list (`.area-list button.area-button`, named by the English name). */
// `hooks.before()` / `hooks.after()` run just before the press and just after the measurement ends
// (the profiler uses them to record only the measured windows).
/** @type {Hooks} */
const NO_HOOKS = { before: async () => {}, after: async () => {} };

/**
 * @param {Page} page
 * @param {BenchArea[]} areas
 * @param {Hooks} [hooks]
 */
export async function listClicks(page, areas, hooks = NO_HOOKS) {
  /** @type {ClickResult[]} */
  const out = [];
  for (const area of areas) {
    await closeDetails(page);
    await waitSettled(page);
    const button = page
      .locator('.area-list')
      .getByRole('button', { name: area.name, exact: true })
      .and(page.locator('button.area-button'));
    await button.scrollIntoViewIfNeeded();
    const box = await visibleBox(button);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const id = await hoverThenArm(page, x, y, 'select', area.id);
    await hooks.before();
    await press(page);
    out.push(selectResult('list', area, await finished(page, id)));
    await hooks.after();
  }
  await closeDetails(page);
  return out;
}

/** @param {Page} page */
export const currentView = async (page) => parseView(await page.evaluate(() => window.location.hash));

/**
 * @param {Page} page
 * @param {View} view
 */
async function goToView(page, view) {
  /** @param {View | null} v */
  const same = (v) => sameView(v, view);
  // Settle first: a selection's camera flight goes on after Escape closes the panel, and the hash
  // only shows where the camera is once it stops.
  for (let attempt = 0; attempt < 5; attempt++) {
    // MapLibre writes the hash at most every 300 ms: a longer quiet period lets it catch up.
    await waitSettled(page, { quietMs: 400 });
    if (same(await currentView(page))) return;
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#map=${view.zoom}/${view.lat}/${view.lon}`);
  }
  await waitSettled(page);
  if (!same(await currentView(page))) throw new Error('the map did not return to the national view');
}

/**
 * Each area's dot at national zoom, the camera reset to the first view before every click.
 * @param {Page} page
 * @param {BenchArea[]} areas
 * @param {View | null} national  as currentView read it
 * @param {Hooks} [hooks]
 */
export async function mapClicks(page, areas, national, hooks = NO_HOOKS) {
  if (!national) throw new Error('no national view to return to: the page URL has no #map= camera');
  /** @type {ClickResult[]} */
  const out = [];
  for (const area of areas) {
    await closeDetails(page);
    await goToView(page, national);
    const box = await visibleBox(page.getByTestId('map-surface'));
    const at = project(area.lon, area.lat, national, box);
    const x = box.x + at.x;
    const y = box.y + at.y;
    const id = await hoverThenArm(page, x, y, 'select', area.id);
    await hooks.before();
    await press(page);
    const r = selectResult('map', area, await finished(page, id, 5000));
    await hooks.after();
    if (!r.ok) r.selected = await shownArea(page);
    out.push(r);
  }
  await closeDetails(page);
  await page.mouse.move(5, 5);
  await goToView(page, national);
  return out;
}

/**
 * Each strategy chip in `fieldset.chip-group`, toggled on and then off again.
 * @param {Page} page
 * @param {Hooks} [hooks]
 */
export async function filterToggles(page, hooks = NO_HOOKS) {
  const chips = page.locator('fieldset.chip-group button.chip');
  const n = await chips.count();
  /** @type {FilterResult[]} */
  const out = [];
  for (let i = 0; i < n; i++) {
    const chip = chips.nth(i);
    const label = (await chip.textContent())?.trim();
    for (const turn of /** @type {const} */ (['on', 'off'])) {
      await waitSettled(page);
      await chip.scrollIntoViewIfNeeded();
      const box = await visibleBox(chip);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const id = await hoverThenArm(page, x, y, 'filter');
      await hooks.before();
      await press(page);
      const r = await finished(page, id);
      await hooks.after();
      const pressed = await chip.getAttribute('aria-pressed');
      out.push({
        chip: label,
        turn,
        ok: Boolean(r) && pressed === String(turn === 'on'),
        ms: r ? r.end - r.t0 : null,
        method: r?.method ?? null,
      });
    }
  }
  return out;
}
