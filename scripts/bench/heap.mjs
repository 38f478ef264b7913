// JS heap of the page's main thread (CDP Runtime.getHeapUsage after a forced GC): after load, and
// after N select/filter actions done the way a person does them — list clicks and chip toggles.
import { freshPage, visibleBox, waitFirstIdle, waitFor, waitSettled } from './page.mjs';

/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {{ kind: 'select', area: BenchArea } | { kind: 'filter', chip: number, on: boolean }} Action */
/** @typedef {Awaited<ReturnType<typeof measureHeap>>} HeapFigures */

/** @param {CDPSession} cdp */
export async function heapUsed(cdp) {
  // Two collections: the first can leave objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Heap plus live DOM nodes and JS event listeners: nodes that keep growing are detached, leaked DOM.
 * @param {CDPSession} cdp
 * @param {number} actions  done so far
 */
export async function checkpoint(cdp, actions) {
  const used = await heapUsed(cdp);
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { actions, used, nodes, jsEventListeners };
}

/**
 * The actions, in a fixed cycle: select an area, toggle a strategy on, toggle it off.
 * @param {BenchArea[]} areas
 * @param {number} chips  how many strategy chips there are
 * @param {number} n
 * @returns {Generator<Action>}
 */
function* actions(areas, chips, n) {
  for (let i = 0; i < n; i++) {
    const cycle = Math.floor(i / 3);
    const step = i % 3;
    if (step === 0) yield { kind: 'select', area: areas[cycle % areas.length] };
    else yield { kind: 'filter', chip: cycle % chips, on: step === 1 };
  }
}

/**
 * @param {Page} page
 * @param {import('playwright-core').Locator} locator
 */
async function clickCentre(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await visibleBox(locator);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * @param {Page} page
 * @param {Action} a
 */
async function act(page, a) {
  if (a.kind === 'select') {
    const button = page
      .locator('.area-list')
      .getByRole('button', { name: a.area.name, exact: true })
      .and(page.locator('button.area-button'));
    await clickCentre(page, button);
    await waitFor(
      page,
      (id) => Boolean(document.querySelector(`aside.details[data-area="${id}"]`)),
      a.area.id,
      {
        timeout: 15_000,
        polling: 20,
      },
    );
  } else {
    const chip = page.locator('fieldset.chip-group button.chip').nth(a.chip);
    await clickCentre(page, chip);
    await waitFor(
      page,
      ([i, want]) =>
        document.querySelectorAll('fieldset.chip-group button.chip')[i]?.getAttribute('aria-pressed') ===
        want,
      /** @type {const} */ ([a.chip, String(a.on)]),
      { polling: 20 },
    );
  }
  // One frame, so the map and React both process the action before the next one.
  await page.evaluate(
    () => /** @type {Promise<void>} */ (new Promise((done) => requestAnimationFrame(() => done()))),
  );
}

/**
 * Runs n actions; `at(done)` runs on a settled map after each count of actions listed in `stops`.
 * @param {Page} page
 * @param {BenchArea[]} areas
 * @param {number} n
 * @param {number[]} stops
 * @param {(done: number) => Promise<void>} at
 */
export async function runActions(page, areas, n, stops, at) {
  const chips = await page.locator('fieldset.chip-group button.chip').count();
  let done = 0;
  for (const a of actions(areas, chips, n)) {
    await act(page, a);
    done++;
    if (stops.includes(done) && done < n) {
      await waitSettled(page);
      await at(done);
    }
  }
  await waitSettled(page);
  return done;
}

/**
 * A fresh app page, loaded and settled, with a CDP session for heap figures.
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} server
 */
export async function loadedApp(browser, server) {
  const opened = await freshPage(browser);
  await opened.page.goto(server.url, { waitUntil: 'commit' });
  await waitFirstIdle(opened.page);
  await waitSettled(opened.page);
  return { ...opened, cdp: await opened.context.newCDPSession(opened.page) };
}

/**
 * The budget's 200 actions are counted after a warm-up round (every area selected once, two filter
 * toggles): the first selection's flight to city zoom makes MapLibre load and keep ~11 MB of tile
 * data once, which is a cache filling, not growth. Growth from the fresh load is reported beside it.
 */
/** Actions in the warm-up round: 19 selections and two filter toggles. */
export const WARM_AFTER = 21;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} server
 * @param {BenchArea[]} areas
 * @param {{ actions?: number, warmAfter?: number }} [options]
 */
export async function measureHeap(browser, server, areas, { actions = 200, warmAfter = WARM_AFTER } = {}) {
  const n = warmAfter + actions;
  const { context, page, errors, cdp } = await loadedApp(browser, server);
  const points = [await checkpoint(cdp, 0)];
  const started = Date.now();
  // A warm point and a middle one: growth that goes on between them and the end is accumulation.
  const middle = warmAfter + Math.round(actions / 2);
  const done = await runActions(page, areas, n, [warmAfter, middle], async (k) => {
    points.push(await checkpoint(cdp, k));
  });
  points.push(await checkpoint(cdp, done));
  await context.close();
  const [load, warm, , end] = points;
  return {
    actions: done - warmAfter,
    seconds: (Date.now() - started) / 1000,
    afterLoad: load.used,
    warm: warm?.used ?? null,
    warmAfter,
    after: end.used,
    growth: (end.used - load.used) / load.used,
    growthSinceWarm: warm ? (end.used - warm.used) / warm.used : null,
    points,
    errors,
  };
}
