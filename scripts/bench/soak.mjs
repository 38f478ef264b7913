// The soak: a long seeded run of random actions in one page, as a person might spend an afternoon —
// areas chosen from the list and on the map, filters, colour mode, language, tabs, the legend, the
// details panel, the presentation and its steps, the map zoomed and panned by keys. Counted: page
// errors, actions whose effect never showed, whether the address bar and the details panel agree
// (every `checkEvery` actions), and the JS heap at each of those points after a warm-up, with the app
// brought back to the same view first (no selection, no filter, English, the national view), so the
// heap figures compare like with like.
import { mkdirSync } from 'node:fs';
import { project, sameView } from '../lib/map-page.mjs';
import { int, mulberry32, pick } from '../lib/prng.mjs';
import { heapUsed } from './heap.mjs';
import { currentView } from './interactions.mjs';
import { freshPage, waitFirstIdle, waitFor, waitSettled } from './page.mjs';
import { writeHeapSnapshot } from './snapshot.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {import('../lib/map-page.mjs').View} View */
/** @typedef {() => number} Rng */

export const SOAK_SEED = 20_261_215;

/**
 * What each check point found: the area in the URL and in the details panel, and whether the
 * language in the URL is the page's.
 * @typedef {{ actions: number, urlArea: string | null, panelArea: string | null, urlLang: string, pageLang: string, agree: boolean }} SoakCheck
 */
/** @typedef {{ actions: number, used: number, nodes: number, jsEventListeners: number }} SoakHeapPoint */
/**
 * @typedef {object} SoakFigures
 * @property {number} seed
 * @property {number} actions
 * @property {number} seconds
 * @property {Record<string, number>} kinds  how many actions of each kind ran
 * @property {Record<string, number>} ineffective  of those, how many showed no effect in time
 * @property {Record<string, number>} ms  the time spent in each kind's actions, waits included
 * @property {string[]} errors  the page's uncaught and console errors
 * @property {SoakCheck[]} checks
 * @property {number} disagreements
 * @property {number} warmAfter
 * @property {SoakHeapPoint[]} heap  after the warm-up, then at every check point
 * @property {number | null} growth  heap from the warm-up to the end
 */

/** @type {Record<string, string>} */
const SEL = {
  region: '[data-testid="map-region"]',
  surface: '[data-testid="map-surface"]',
  listButton: '.area-list button.area-button',
  details: 'aside.details',
  detailsClose: 'aside.details button.close',
  chip: 'fieldset.chip-group button.chip',
  filterSelect: 'section.filters select',
  clear: 'section.filters button.clear',
  colour: '.legend-mode select',
  legendToggle: 'button.legend-toggle',
  lang: 'button.lang-toggle',
  tab: '[role="tab"]',
  present: '.header-actions > button:first-child',
  stepButton: '[data-testid="present-bar"] .present-controls button',
  exit: '[data-testid="present-bar"] .present-actions > button:last-child',
};

/** One animation frame: React and the map take in the action before the next one. */
const frame = (/** @type {Page} */ page) =>
  page.evaluate(
    () => /** @type {Promise<void>} */ (new Promise((done) => requestAnimationFrame(() => done()))),
  );

/**
 * Waits up to `timeout` ms for a condition in the page; false if it never held.
 * @template A
 * @param {Page} page
 * @param {Parameters<typeof waitFor<unknown, A>>[1]} fn  runs in the page
 * @param {A} arg
 */
async function showed(page, fn, arg, timeout = 5000) {
  try {
    await waitFor(page, fn, arg, { timeout, polling: 20 });
    return true;
  } catch {
    return false;
  }
}

/** @param {Page} page */
const presenting = (page) => page.evaluate(() => document.querySelector('.app.presenting') !== null);
/** @param {Page} page */
const detailsArea = (page) =>
  page.evaluate(
    () => /** @type {HTMLElement | null} */ (document.querySelector('aside.details'))?.dataset.area ?? null,
  );

/**
 * Clicks a control as a person does (scrolled into view, a real mouse click); false if it is not
 * there, hidden or disabled.
 * @param {Page} page
 * @param {import('playwright-core').Locator} locator
 */
async function press(page, locator) {
  if ((await locator.count()) === 0 || !(await locator.isVisible()) || (await locator.isDisabled()))
    return false;
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return true;
}

/**
 * The Areas tab, where the filters and the list are.
 * @param {Page} page
 */
async function areasTab(page) {
  const tab = page.locator(SEL.tab).first();
  if ((await tab.getAttribute('aria-selected')) !== 'true') {
    await press(page, tab);
    await showed(page, () => document.querySelector('.area-list') !== null, null);
  }
}

/**
 * The actions; each returns whether its effect showed (null: nothing to do in this state).
 * @type {Record<string, (page: Page, r: Rng, areas: BenchArea[]) => Promise<boolean | null>>}
 */
const ACTIONS = {
  async list(page, r) {
    await areasTab(page);
    const buttons = page.locator(SEL.listButton);
    const n = await buttons.count();
    if (n === 0) return null;
    const button = buttons.nth(int(r, 0, n - 1));
    // The button reads the area's name, then its province and year.
    const name = await button.evaluate((b) => b.firstChild?.textContent?.trim() ?? '');
    if (!(await press(page, button))) return false;
    return showed(page, (want) => document.querySelector('aside.details h2')?.textContent === want, name);
  },
  async map(page, r, areas) {
    // The camera must be still for its hash to say where the dots are.
    await waitSettled(page, { quietMs: 200 });
    const view = await currentView(page);
    const surface = await page.locator(SEL.surface).boundingBox();
    if (!view || !surface) return false;
    const points = areas.map((a) => {
      const at = project(a.lon, a.lat, view, surface);
      return { x: surface.x + at.x, y: surface.y + at.y };
    });
    // Only the dots the page shows (not off the map, under the legend or a panel).
    const onScreen = await page.evaluate(
      ([all, sel]) => all.filter((p) => document.elementFromPoint(p.x, p.y)?.closest(sel)),
      /** @type {const} */ ([points, SEL.surface]),
    );
    if (!onScreen.length) return null;
    const { x, y } = pick(r, onScreen);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.up();
    return showed(page, () => document.querySelector('aside.details[data-area]') !== null, null, 3000);
  },
  async chip(page, r) {
    await areasTab(page);
    const chips = page.locator(SEL.chip);
    const i = int(r, 0, (await chips.count()) - 1);
    const was = await chips.nth(i).getAttribute('aria-pressed');
    if (!(await press(page, chips.nth(i)))) return false;
    return showed(
      page,
      ([sel, at, before]) => document.querySelectorAll(sel)[at]?.getAttribute('aria-pressed') !== before,
      /** @type {const} */ ([SEL.chip, i, was]),
    );
  },
  async industry(page, r) {
    return chooseOption(page, r, 0);
  },
  async measure(page, r) {
    return chooseOption(page, r, 1);
  },
  async clear(page) {
    await areasTab(page);
    const clear = page.locator(SEL.clear);
    if (await clear.isDisabled()) return null;
    await press(page, clear);
    return showed(
      page,
      (sel) => /** @type {HTMLButtonElement | null} */ (document.querySelector(sel))?.disabled,
      SEL.clear,
    );
  },
  async colour(page, r) {
    const select = page.locator(SEL.colour);
    const values = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
    const value = pick(r, values);
    await select.selectOption(value);
    return showed(
      page,
      ([sel, v]) => /** @type {HTMLSelectElement | null} */ (document.querySelector(sel))?.value === v,
      /** @type {const} */ ([SEL.colour, value]),
    );
  },
  async lang(page) {
    const before = await page.evaluate(() => document.documentElement.lang);
    if (!(await press(page, page.locator(SEL.lang)))) return false;
    return showed(page, (b) => document.documentElement.lang !== b, before);
  },
  async tab(page, r) {
    const tabs = page.locator(SEL.tab);
    const tab = tabs.nth(int(r, 0, (await tabs.count()) - 1));
    if (!(await press(page, tab))) return false;
    return (await tab.getAttribute('aria-selected')) === 'true';
  },
  async legend(page) {
    const toggle = page.locator(SEL.legendToggle);
    const before = await toggle.getAttribute('aria-expanded');
    if (!(await press(page, toggle))) return false;
    return showed(
      page,
      ([sel, b]) => document.querySelector(sel)?.getAttribute('aria-expanded') !== b,
      /** @type {const} */ ([SEL.legendToggle, before]),
    );
  },
  async close(page, r) {
    if ((await detailsArea(page)) === null) return null;
    if (r() < 0.5) await press(page, page.locator(SEL.detailsClose));
    else {
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      await page.keyboard.press('Escape');
    }
    return showed(page, () => document.querySelector('aside.details') === null, null);
  },
  async zoom(page, r) {
    await page.locator(SEL.surface).focus();
    await page.keyboard.press(
      pick(r, ['+', '+', '-', '-', '=', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']),
    );
    return true; // at a zoom limit nothing moves: only the absence of an error is asked of it
  },
  async present(page) {
    if (!(await press(page, page.locator(SEL.present)))) return false;
    return showed(page, () => document.querySelector('.app.presenting') !== null, null);
  },
};

/**
 * An option of the filters' industry (0) or measure (1) select, or none.
 * @param {Page} page
 * @param {Rng} r
 * @param {number} which
 */
async function chooseOption(page, r, which) {
  await areasTab(page);
  const select = page.locator(SEL.filterSelect).nth(which);
  const values = await select
    .locator('option:not([disabled])')
    .evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
  const value = pick(r, values);
  await select.selectOption(value);
  return showed(
    page,
    ([sel, n, v]) =>
      /** @type {HTMLSelectElement | undefined} */ (document.querySelectorAll(sel)[n])?.value === v,
    /** @type {const} */ ([SEL.filterSelect, which, value]),
  );
}

/** While presenting: step (keys or the bar's buttons), play or pause, or leave. */
const PRESENTING = {
  /** @param {Page} page @param {Rng} r */
  async step(page, r) {
    if (r() < 0.5) {
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      await page.keyboard.press(
        pick(r, ['ArrowRight', 'ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'Home', 'End']),
      );
    } else if (!(await press(page, page.locator(SEL.stepButton).nth(pick(r, [0, 1, 1]))))) return null;
    return true; // at an end nothing moves: only the absence of an error is asked of it
  },
  /** @param {Page} page */
  async play(page) {
    return press(page, page.locator(SEL.stepButton).nth(2));
  },
  /** @param {Page} page @param {Rng} r */
  async exit(page, r) {
    if (r() < 0.5) await press(page, page.locator(SEL.exit));
    else {
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      await page.keyboard.press('Escape');
    }
    return showed(page, () => document.querySelector('.app.presenting') === null, null);
  },
};

/** How often each kind is chosen, out of the sum. */
const WEIGHTS = {
  list: 18,
  map: 12,
  chip: 12,
  industry: 5,
  measure: 5,
  clear: 3,
  colour: 6,
  lang: 4,
  tab: 6,
  legend: 3,
  close: 8,
  zoom: 14,
  present: 3,
};
const PRESENTING_WEIGHTS = { step: 12, play: 1, exit: 3 };

/**
 * @template {string} K
 * @param {Rng} r
 * @param {Record<K, number>} weights
 * @returns {K}
 */
function weighted(r, weights) {
  const entries = /** @type {[K, number][]} */ (Object.entries(weights));
  let x = r() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return entries[entries.length - 1][0];
}

/**
 * The address bar against the page: the area in the URL is the one the details panel shows (or
 * neither has one), and the URL's language is the page's.
 * @param {Page} page
 * @param {number} actions
 * @returns {Promise<SoakCheck>}
 */
async function check(page, actions) {
  const seen = await page.evaluate(() => {
    const q = new URLSearchParams(window.location.search);
    return {
      urlArea: q.get('area'),
      panelArea:
        /** @type {HTMLElement | null} */ (document.querySelector('aside.details'))?.dataset.area ?? null,
      urlLang: q.get('lang') ?? 'en',
      pageLang: document.documentElement.lang === 'zh-CN' ? 'zh' : 'en',
    };
  });
  return { actions, ...seen, agree: seen.urlArea === seen.panelArea && seen.urlLang === seen.pageLang };
}

/**
 * Back to the same view before a heap figure: no presentation, selection or filter, English, the
 * Areas tab, the legend open, the first colour mode, the national camera; the pointer off the map.
 * @param {Page} page
 * @param {View} national
 * @param {string} colourMode  the one the app starts with
 */
async function home(page, national, colourMode) {
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
  const none = () => 0; // these actions choose nothing
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await ACTIONS.lang(page, none, []);
  await areasTab(page);
  if (!(await page.locator(SEL.clear).isDisabled())) await ACTIONS.clear(page, none, []);
  if ((await page.locator(SEL.legendToggle).getAttribute('aria-expanded')) !== 'true')
    await ACTIONS.legend(page, none, []);
  await page.locator(SEL.colour).selectOption(colourMode);
  for (let attempt = 0; attempt < 5; attempt++) {
    await waitSettled(page, { quietMs: 400 });
    if (sameView(await currentView(page), national)) break;
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#map=${national.zoom}/${national.lat}/${national.lon}`);
  }
  await waitSettled(page);
}

/**
 * An `atHeap` that writes a heap snapshot at each check point into `dir` (none without a dir).
 * @param {string | null} dir
 */
export function snapshotsTo(dir) {
  if (!dir) return undefined;
  mkdirSync(dir, { recursive: true });
  return (/** @type {import('playwright-core').CDPSession} */ cdp, /** @type {number} */ actions) =>
    writeHeapSnapshot(cdp, `${dir}/soak-${String(actions).padStart(4, '0')}.heapsnapshot`);
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} server
 * @param {BenchArea[]} areas
 * @param {{ actions?: number, seed?: number, warmAfter?: number, checkEvery?: number, log?: (m: string) => void, atHeap?: (cdp: import('playwright-core').CDPSession, actions: number) => Promise<void> }} [options]
 *   `atHeap` runs after each heap figure (`--snapshots` takes heap snapshots there)
 * @returns {Promise<SoakFigures>}
 */
export async function soak(
  browser,
  server,
  areas,
  { actions = 1000, seed = SOAK_SEED, warmAfter = 100, checkEvery = 100, log = () => {}, atHeap } = {},
) {
  const r = mulberry32(seed);
  const { context, page, errors } = await freshPage(browser);
  const started = Date.now();
  try {
    await page.goto(server.url, { waitUntil: 'commit' });
    await waitFirstIdle(page);
    await waitSettled(page);
    const national = await currentView(page);
    if (!national) throw new Error('soak: the page URL has no #map= camera');
    const colourMode = await page.locator(SEL.colour).inputValue();
    const cdp = await context.newCDPSession(page);
    /** @type {Record<string, number>} */
    const kinds = {};
    /** @type {Record<string, number>} */
    const ineffective = {};
    /** @type {Record<string, number>} */
    const ms = {};
    /** @type {SoakCheck[]} */
    const checks = [];
    /** @type {SoakHeapPoint[]} */
    const heap = [];
    let done = 0;
    while (done < actions) {
      const inPresentation = await presenting(page);
      const kind = inPresentation ? weighted(r, PRESENTING_WEIGHTS) : weighted(r, WEIGHTS);
      const run = inPresentation ? PRESENTING[/** @type {keyof typeof PRESENTING} */ (kind)] : ACTIONS[kind];
      const t0 = Date.now();
      const effect = await run(page, r, areas);
      ms[kind] = (ms[kind] ?? 0) + Date.now() - t0;
      if (effect === null) continue; // nothing to do in this state: choose again, uncounted
      done++;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (!effect) ineffective[kind] = (ineffective[kind] ?? 0) + 1;
      await frame(page);
      if (done % checkEvery === 0) {
        await waitSettled(page);
        const c = await check(page, done);
        checks.push(c);
        if (done >= warmAfter) {
          await home(page, national, colourMode);
          // The heap first: its GC also frees detached DOM, which the node count would otherwise show.
          const used = await heapUsed(cdp);
          const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
          heap.push({ actions: done, used, nodes, jsEventListeners });
          await atHeap?.(cdp, done);
        }
        log(
          `soak: ${done}/${actions} actions, ${errors.length} errors, ${c.agree ? 'URL and panel agree' : `DISAGREE: URL ${c.urlArea}/${c.urlLang}, page ${c.panelArea}/${c.pageLang}`}${heap.length ? `, heap ${(heap[heap.length - 1].used / 1024 / 1024).toFixed(1)} MB` : ''}`,
        );
      }
    }
    const first = heap[0];
    const last = heap[heap.length - 1];
    return {
      seed,
      ms,
      actions: done,
      seconds: (Date.now() - started) / 1000,
      kinds,
      ineffective,
      errors: [...errors],
      checks,
      disagreements: checks.filter((c) => !c.agree).length,
      warmAfter,
      heap,
      growth: first && last && last !== first ? (last.used - first.used) / first.used : null,
    };
  } finally {
    await context.close();
  }
}
