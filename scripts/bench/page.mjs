// Opening a page the way every measurement needs it: a fresh browser context (empty HTTP cache, no
// service worker, nothing warm), the probe installed before any script, and helpers to wait for the
// map's idle signal.
import { trackErrors, waitMapSettled } from '../lib/map-page.mjs';
import { installProbe } from './page-probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context and page with the probe; `motion` is the user's prefers-reduced-motion setting. */
export async function freshPage(browser, { motion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: motion, locale: 'en-GB' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const errors = trackErrors(page);
  return { context, page, errors };
}

/**
 * waitForFunction, returning the value and releasing the handle: a handle kept by the protocol keeps
 * its object alive, and a handle to page DOM would show up in the heap figures as a leak.
 */
export async function waitFor(page, fn, arg, options) {
  const handle = await page.waitForFunction(fn, arg, options);
  try {
    return await handle.jsonValue();
  } finally {
    await handle.dispose();
  }
}

/** Resolves to the page-clock time of the first map idle after navigation. */
export function waitFirstIdle(page, timeout = 120_000) {
  return waitFor(page, () => window.__bench?.idleAt ?? null, null, { timeout, polling: 50 });
}

/** Waits until the map is idle and stays idle for `quietMs` (no follow-up frame). */
export const waitSettled = (page, { timeout = 60_000, quietMs = 250 } = {}) =>
  waitMapSettled(page, { timeout, quietMs, polling: 50 });

/** Arms the probe for the next trusted click; returns the measurement's id. */
export const arm = (page, kind, area = null) =>
  page.evaluate(([k, a]) => window.__bench.arm(k, a), [kind, area]);

/** Waits for the armed measurement to finish; null on timeout (reported as a failure). */
export async function finished(page, id, timeout = 15_000) {
  try {
    return await waitFor(page, (want) => window.__bench.done.find((d) => d.id === want) ?? null, id, {
      timeout,
      polling: 20,
    });
  } catch {
    return null;
  }
}
