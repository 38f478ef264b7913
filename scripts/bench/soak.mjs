// The soak: a long seeded run of random actions in one page, as a person might spend an afternoon —
// areas chosen from the list and on the map, filters, colour mode, language, tabs, the legend, the
// details panel, the presentation and its steps, the map zoomed and panned by keys. Counted: page
// errors, actions whose effect never showed, whether the address bar and the details panel agree
// (every `checkEvery` actions), and the JS heap after a fixed warm-up and at each of those points,
// with the app brought back to one and the same state first (soak-home.mjs), so the heap figures
// compare like with like.
import { mkdirSync } from 'node:fs';
import { mulberry32 } from '../lib/prng.mjs';
import { checkpoint } from './heap.mjs';
import { currentView } from './interactions.mjs';
import { freshPage, waitFirstIdle, waitSettled } from './page.mjs';
import { writeHeapSnapshot } from './snapshot.mjs';
import {
  ACTIONS,
  frame,
  PRESENTING,
  PRESENTING_WEIGHTS,
  presenting,
  SEL,
  WEIGHTS,
  weighted,
} from './soak-actions.mjs';
import { home, tourViews, warmUp } from './soak-home.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */

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
 * @property {number} seconds  the whole soak
 * @property {number} warmUpSeconds  of which the warm-up
 * @property {number} homeSeconds  and the ways back to the same state before each heap figure
 * @property {number} tourViews  how many map views each way back goes through
 * @property {Record<string, number>} kinds  how many actions of each kind ran
 * @property {Record<string, number>} ineffective  of those, how many showed no effect in time
 * @property {Record<string, number>} ms  the time spent in each kind's actions, waits included
 * @property {string[]} errors  the page's uncaught and console errors
 * @property {SoakCheck[]} checks
 * @property {number} disagreements
 * @property {SoakHeapPoint[]} heap  after the warm-up (action 0), then at every check point
 * @property {number | null} growth  heap from the warm-up to the end
 */

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
 * @param {{ actions?: number, seed?: number, checkEvery?: number, log?: (m: string) => void, atHeap?: (cdp: import('playwright-core').CDPSession, actions: number) => Promise<void> }} [options]
 *   `atHeap` runs after each heap figure (`--snapshots` takes heap snapshots there)
 * @returns {Promise<SoakFigures>}
 */
export async function soak(
  browser,
  server,
  areas,
  { actions = 1000, seed = SOAK_SEED, checkEvery = 100, log = () => {}, atHeap } = {},
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
    const map = await page.locator(SEL.surface).boundingBox();
    if (!map) throw new Error('soak: the map is not on screen');
    const at = { national, colourMode: await page.locator(SEL.colour).inputValue(), tour: tourViews(map) };
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
    let homeMs = 0;
    const heapPoint = async (/** @type {number} */ done) => {
      const t0 = Date.now();
      await home(page, at);
      homeMs += Date.now() - t0;
      // The heap first: its GC also frees detached DOM, which the node count would otherwise show.
      heap.push(await checkpoint(cdp, done));
      await atHeap?.(cdp, done);
    };
    const mb = (/** @type {number} */ v) => `${(v / 1024 / 1024).toFixed(2)} MB`;
    log(
      `soak: warm-up (every area, tab, mode and filter, in both languages; a tour of ${at.tour.length} views)`,
    );
    await warmUp(page, areas, at, log);
    const warmUpSeconds = (Date.now() - started) / 1000;
    homeMs = 0; // the warm-up's own ways back are part of it
    await heapPoint(0);
    log(
      `soak: warm-up done in ${warmUpSeconds.toFixed(0)} s, ${errors.length} errors, heap ${mb(heap[0].used)}`,
    );
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
        await heapPoint(done);
        const p = heap[heap.length - 1];
        log(
          `soak: ${done}/${actions} actions, ${errors.length} errors, ${c.agree ? 'URL and panel agree' : `DISAGREE: URL ${c.urlArea}/${c.urlLang}, page ${c.panelArea}/${c.pageLang}`}, heap ${mb(p.used)}, ${p.nodes} DOM nodes`,
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
      warmUpSeconds,
      homeSeconds: homeMs / 1000,
      tourViews: at.tour.length,
      kinds,
      ineffective,
      errors: [...errors],
      checks,
      disagreements: checks.filter((c) => !c.agree).length,
      heap,
      growth: first && last && last !== first ? (last.used - first.used) / first.used : null,
    };
  } finally {
    await context.close();
  }
}
