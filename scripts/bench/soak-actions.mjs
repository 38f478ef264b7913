// The soak's actions: what a person does in an afternoon with the app, each a function of the page and
// a seeded random source that says whether its effect showed, and how often each is chosen.
import { project } from '../lib/map-page.mjs';
import { int, pick } from '../lib/prng.mjs';
import { currentView } from './interactions.mjs';
import { waitFor, waitSettled } from './page.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {() => number} Rng */

/** @type {Record<string, string>} */
export const SEL = {
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
  next: '[data-testid="present-bar"] .present-next',
  yearSlider: '.timeline-thumb[role="slider"]',
  exit: '[data-testid="present-bar"] .present-actions > button:last-child',
};

/** One animation frame: React and the map take in the action before the next one. */
export const frame = (/** @type {Page} */ page) =>
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
export async function showed(page, fn, arg, timeout = 5000) {
  try {
    await waitFor(page, fn, arg, { timeout, polling: 20 });
    return true;
  } catch {
    return false;
  }
}

/** @param {Page} page */
export const presenting = (page) => page.evaluate(() => document.querySelector('.app.presenting') !== null);
/** @param {Page} page */
export const detailsArea = (page) =>
  page.evaluate(
    () => /** @type {HTMLElement | null} */ (document.querySelector('aside.details'))?.dataset.area ?? null,
  );

/**
 * Clicks a control as a person does (scrolled into view, a real mouse click); false if it is not
 * there, hidden or disabled.
 * @param {Page} page
 * @param {import('playwright-core').Locator} locator
 */
export async function press(page, locator) {
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
export async function areasTab(page) {
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
export const ACTIONS = {
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
    return selectAny(page, r, SEL.colour, 0);
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
  return selectAny(page, r, SEL.filterSelect, which);
}

/**
 * Chooses one of the enabled options of the `n`th select matching `selector`, and waits for the page
 * to show it chosen.
 * @param {Page} page
 * @param {Rng} r
 * @param {string} selector
 * @param {number} n
 */
async function selectAny(page, r, selector, n) {
  const select = page.locator(selector).nth(n);
  const values = await select
    .locator('option:not([disabled])')
    .evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
  const value = pick(r, values);
  await select.selectOption(value);
  return showed(
    page,
    ([sel, i, v]) =>
      /** @type {HTMLSelectElement | undefined} */ (document.querySelectorAll(sel)[i])?.value === v,
    /** @type {const} */ ([selector, n, value]),
  );
}

/** While presenting: step (keys or the bar's buttons), play or pause, or leave. */
export const PRESENTING = {
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
export const WEIGHTS = {
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
export const PRESENTING_WEIGHTS = { step: 12, play: 1, exit: 3 };

/**
 * @template {string} K
 * @param {Rng} r
 * @param {Record<K, number>} weights
 * @returns {K}
 */
export function weighted(r, weights) {
  const entries = /** @type {[K, number][]} */ (Object.entries(weights));
  let x = r() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return entries[entries.length - 1][0];
}
