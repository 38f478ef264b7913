// Opening a page the way every measurement needs it: a fresh browser context (empty HTTP cache, no
// service worker, nothing warm), the probe installed before any script, and helpers to wait for the
// map's idle signal.
import { launchChromium, NO_WEBGL_ARGS } from '../lib/chromium.mjs';
import { trackErrors, waitMapSettled } from '../lib/map-page.mjs';
import { installProbe } from './page-probe.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./page-probe.mjs').ProbeWindow} ProbeWindow */
/** @typedef {import('./page-probe.mjs').Measurement} Measurement */
/** @typedef {import('./page-probe.mjs').Finished} Finished */

export const VIEWPORT = { width: 1280, height: 800 };

/** The browsers launched with WebGL switched off. */
const NO_WEBGL = new WeakSet();

/** Chromium with WebGL switched off, as on a locked-down PC: the 2D map is the whole map. */
export async function launchWithoutWebgl() {
  const browser = await launchChromium(NO_WEBGL_ARGS);
  NO_WEBGL.add(browser);
  return browser;
}

/**
 * A fresh context and page with the probe; `motion` is the user's prefers-reduced-motion setting.
 * @param {import('playwright-core').Browser} browser  launched with WebGL, or without (NO_WEBGL_ARGS)
 * @param {{ motion?: 'reduce' | 'no-preference' }} [options]
 */
export async function freshPage(browser, { motion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: motion, locale: 'en-GB' });
  await context.addInitScript(installProbe, { webgl: !NO_WEBGL.has(browser) });
  const page = await context.newPage();
  const errors = trackErrors(page);
  return { context, page, errors };
}

/**
 * The element's box on the page: an error that says it is not visible, not a TypeError on null later.
 * @param {import('playwright-core').Locator} locator
 */
export async function visibleBox(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box: it is not visible`);
  return box;
}

/**
 * waitForFunction, returning the value and releasing the handle: a handle kept by the protocol keeps
 * its object alive, and a handle to page DOM would show up in the heap figures as a leak.
 * @template R, Arg
 * @param {Page} page
 * @param {Parameters<typeof page.waitForFunction<R, Arg>>[0]} fn  runs in the page (Playwright's
 *   PageFunction type, which it does not export)
 * @param {Arg} arg
 * @param {{ timeout?: number, polling?: number | 'raf' }} [options]
 * @returns {Promise<R>}
 */
export async function waitFor(page, fn, arg, options) {
  const handle = await page.waitForFunction(fn, arg, options);
  try {
    return await handle.jsonValue();
  } finally {
    await handle.dispose();
  }
}

/**
 * Resolves to the page-clock time of the first map idle after navigation.
 * @param {Page} page
 * @returns {Promise<number>}
 */
export function waitFirstIdle(page, timeout = 120_000) {
  // waitForFunction resolves on the first truthy value: never null here.
  return /** @type {Promise<number>} */ (
    waitFor(page, () => /** @type {ProbeWindow} */ (window).__bench?.idleAt ?? null, null, {
      timeout,
      polling: 50,
    })
  );
}

/**
 * Waits until the map is idle and stays idle for `quietMs` (no follow-up frame).
 * @param {Page} page
 * @param {{ timeout?: number, quietMs?: number }} [options]
 */
export const waitSettled = (page, { timeout = 60_000, quietMs = 250 } = {}) =>
  waitMapSettled(page, { timeout, quietMs, polling: 50 });

/**
 * Arms the probe for the next trusted click; returns the measurement's id.
 * @param {Page} page
 * @param {Measurement['kind']} kind
 * @param {string | null} [area]
 */
export const arm = (page, kind, area = null) =>
  page.evaluate(
    ([k, a]) => /** @type {ProbeWindow} */ (window).__bench.arm(k, a),
    /** @type {const} */ ([kind, area]),
  );

/**
 * Waits for the armed measurement to finish; null on timeout (reported as a failure).
 * @param {Page} page
 * @param {number} id
 * @returns {Promise<Finished | null>}
 */
export async function finished(page, id, timeout = 15_000) {
  try {
    const done = (/** @type {number} */ want) =>
      /** @type {Finished[]} */ (/** @type {ProbeWindow} */ (window).__bench.done).find(
        (d) => d.id === want,
      ) ?? null;
    return await waitFor(page, done, id, {
      timeout,
      polling: 20,
    });
  } catch {
    return null;
  }
}
