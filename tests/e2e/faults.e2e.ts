// Faults a user can meet, in the real build: site data blocked, saving refused, a damaged saved
// briefing, an import or "Back to the built-in briefing" over the user's own briefing, a bad URL
// value while presenting, a measure that names no area. Each says what happened within 5 s, and
// nothing the user made is lost.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, trackPages, withRefused } from './harness';

const { open, openRaw } = trackPages({});
/** How soon a fault must be said. */
const SOON = { timeout: 5_000 };
const KEY = 'new-areas-atlas.briefing';

/** "Block all site data": reading either storage throws, as Chromium's own getters then do. */
function blockSiteData() {
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
  }
}

/** A full disk or a policy: the storage reads, but every write throws. */
function refuseSaving() {
  Storage.prototype.setItem = () => {
    throw new DOMException(
      "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
      'QuotaExceededError',
    );
  };
}

/** Opens the app with a script that runs before any of the page's own. */
async function openWith(init: () => void, path = ''): Promise<Page> {
  const { page, context } = await openRaw('about:blank');
  await context.addInitScript(init);
  await page.goto(new URL(path, inject('baseUrl')).href);
  return page;
}

const notices = (page: Page) => page.getByTestId('notices');
const notice = (page: Page, text: string) => notices(page).locator('.notice').filter({ hasText: text });
const titleField = (page: Page) => page.getByLabel('Briefing title');
const hint = (page: Page) => page.locator('.briefing-panel').textContent();

/** Clicks a button that downloads a file and returns the file's text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('keeping the briefing', () => {
  it('starts with site data blocked, says edits cannot be kept, and exports them', async () => {
    const page = await openWith(blockSiteData);
    // The simulation is the browser's own failure.
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (e) {
          return (e as DOMException).name;
        }
      }),
    ).toBe('SecurityError');
    const said = notice(page, 'This browser blocks site data');
    await expect.poll(() => said.count(), SOON).toBe(1);
    // The app started: the list is there.
    await expect
      .poll(() => page.getByRole('button', { name: 'Harbin New Area', exact: true }).count(), SOON)
      .toBe(1);
    await page.getByRole('tab', { name: 'Briefing' }).click();
    expect(await hint(page)).toContain('edits cannot be kept here');
    await titleField(page).fill('Board meeting, Monday');
    await expect.poll(() => hint(page), SOON).toContain('Your briefing — not saved');
    expect(await notice(page, 'This browser blocks site data').count()).toBe(1); // said once
    await screenshot(page, 'faults-site-data-blocked');
    const file = await downloaded(page, () =>
      said.getByRole('button', { name: 'Export briefing (JSON)' }).click(),
    );
    expect(file.name).toBe('new-areas-atlas-briefing.json');
    expect(JSON.parse(file.text)).toMatchObject({ version: 1, title: 'Board meeting, Monday' });
  });

  it('says the briefing is not saved when the browser refuses to store it, and exports it', async () => {
    const page = await openWith(refuseSaving);
    await page.getByRole('tab', { name: 'Briefing' }).click();
    expect(await hint(page)).toContain('Built-in briefing');
    await titleField(page).fill('Not on disk');
    const said = notice(page, 'This browser refused to store your briefing');
    await expect.poll(() => said.count(), SOON).toBe(1);
    const panel = page.locator('.briefing-panel');
    expect(await panel.textContent()).toContain(
      'Your briefing — not saved: this browser refused to store it. Export it to keep it.',
    );
    expect(await panel.textContent()).not.toContain('kept in this browser');
    await titleField(page).fill('Not on disk, still');
    expect(await said.count()).toBe(1); // once, not at every keystroke
    await screenshot(page, 'faults-saving-refused');
    const file = await downloaded(page, () =>
      panel.locator('.keeping').getByRole('button', { name: 'Export briefing (JSON)' }).click(),
    );
    expect(JSON.parse(file.text)).toMatchObject({ title: 'Not on disk, still' });
  });

  it('tells of a damaged saved briefing, offers it as a file, and keeps it until a new one is saved', async () => {
    const damaged = JSON.stringify({
      version: 1,
      title: 'Board meeting',
      steps: [{ bounds: [100, 20, 120, 40], selected: 'atlantis', caption: 'Where we stand' }],
    });
    const page = await open();
    await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, damaged]);
    await page.reload();
    const said = notice(page, 'The briefing saved in this browser could not be read');
    await expect.poll(() => said.count(), SOON).toBe(1);
    expect(await said.textContent()).toContain('steps[0].selected: unknown area atlantis');
    await screenshot(page, 'faults-damaged-briefing');
    const file = await downloaded(page, () =>
      said.getByRole('button', { name: 'Download the damaged briefing' }).click(),
    );
    expect(file.text).toBe(damaged);
    // Still there after another reload: nothing deleted it.
    await page.reload();
    await expect.poll(() => notice(page, 'could not be read').count(), SOON).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(damaged);
    // The briefing panel offers it too; saving a new briefing is what replaces it.
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await expect
      .poll(
        () =>
          page
            .locator('.briefing-panel')
            .getByRole('button', { name: 'Download the damaged briefing' })
            .count(),
        SOON,
      )
      .toBe(1);
    await titleField(page).fill('A new one');
    await expect
      .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').title, KEY), SOON)
      .toBe('A new one');
  });
});

describe('replacing the user’s briefing', () => {
  const imported = JSON.stringify({
    version: 1,
    title: 'From a colleague',
    steps: [{ bounds: [73, 18, 135, 54], caption: 'All of China' }],
  });

  /** Opens the briefing tab and makes the briefing the user's own: a title and one step fewer. */
  async function ownBriefing(page: Page): Promise<number> {
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await titleField(page).fill('My briefing');
    await page.getByRole('button', { name: 'Delete step 2', exact: true }).click();
    return page.locator('.steps > li').count();
  }

  it('imports over an edited briefing, and Undo brings it back, kept across a reload', async () => {
    const page = await open();
    const steps = await ownBriefing(page);
    expect(steps).toBe(24);
    await page.getByLabel('Import briefing (JSON)').setInputFiles({
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(imported),
    });
    const said = notice(page, 'Replaced your briefing “My briefing” (24 steps).');
    await expect.poll(() => said.count(), SOON).toBe(1);
    expect(await titleField(page).inputValue()).toBe('From a colleague');
    await screenshot(page, 'faults-import-undo');
    await said.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titleField(page).inputValue(), SOON).toBe('My briefing');
    expect(await page.locator('.steps > li').count()).toBe(24);
    // The import is not lost either: undoing offers it back.
    expect(await notice(page, 'Replaced your briefing “From a colleague” (1 step).').count()).toBe(1);
    await page.reload();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await expect.poll(() => titleField(page).inputValue(), SOON).toBe('My briefing');
  });

  it('goes back to the built-in briefing, and Undo brings the user’s back', async () => {
    const page = await open();
    await ownBriefing(page);
    await page.getByRole('button', { name: 'Back to the built-in briefing' }).click();
    const said = notice(page, 'Replaced your briefing “My briefing” (24 steps).');
    await expect.poll(() => said.count(), SOON).toBe(1);
    expect(await page.locator('.steps > li').count()).toBe(25);
    await said.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titleField(page).inputValue(), SOON).toBe('My briefing');
    expect(await page.locator('.steps > li').count()).toBe(24);
  });
});

describe('notices while presenting', () => {
  it('shows a notice from a ?brief= link over the presentation, clear of the step bar, dismissible', async () => {
    const page = await open('?brief=3&area=atlantis');
    await expect.poll(() => page.getByTestId('present-bar').count(), SOON).toBe(1);
    const said = notice(page, 'Ignored area=atlantis: no such area.');
    await expect.poll(() => said.isVisible(), SOON).toBe(true);
    const box = await said.boundingBox();
    const bar = await page.getByTestId('present-bar').boundingBox();
    if (!box || !bar) throw new Error('no box');
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y); // above the step bar, covering none of it
    // Nothing covers the notice: its middle is its own.
    const own = await said.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(own).toBe(true);
    await screenshot(page, 'faults-notice-presenting');
    // The step bar still works, and the notice goes when dismissed, leaving the presentation on.
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => page.locator('.present-count').textContent()).toBe('Step 4 of 25');
    await said.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => said.count(), SOON).toBe(0);
    expect(await page.getByTestId('present-bar').count()).toBe(1);
  });
});

describe('a notice while presenting at 200 % zoom', () => {
  it('keeps its words readable beside or above its buttons', async () => {
    // 1280 × 800 at 200 %: 640 × 400 CSS pixels. Site data blocked, so the notice offers Export.
    const page = await openWith(blockSiteData, '?brief=3');
    await page.setViewportSize({ width: 640, height: 400 });
    const said = notice(page, 'edits to the briefing cannot be kept here');
    await expect.poll(() => said.isVisible(), SOON).toBe(true);
    await expect.poll(() => page.getByTestId('present-bar').count(), SOON).toBe(1);
    const words = await said.locator('span').first().boundingBox();
    if (!words) throw new Error('no words');
    expect(words.width).toBeGreaterThanOrEqual(150);
    expect(await said.getByRole('button', { name: 'Export briefing (JSON)' }).isVisible()).toBe(true);
    await screenshot(page, 'faults-notice-presenting-200');
  });
});

describe('filters that match no area', () => {
  it('applies ?measure=3 as the select does, and says why no area matches', async () => {
    const page = await open('?measure=3');
    const list = page.getByRole('region', { name: 'New areas', exact: true });
    await expect
      .poll(() => list.textContent(), SOON)
      .toContain('Measure (3) names no area; it addresses all new areas.');
    const select = page.getByRole('combobox', { name: 'Named in measure' });
    expect(await select.inputValue()).toBe('3');
    expect(await select.locator('option[value="3"]').isDisabled()).toBe(false);
    expect(await page.evaluate(() => window.location.search)).toBe('?measure=3');
    await screenshot(page, 'faults-measure-3');
  });
});

describe('a part whose code does not load', () => {
  it('says so in its place, asks for a reload, and the rest works meanwhile', async () => {
    const chunk = '**/PlanBrowser-*.js';
    await withRefused(chunk, '', async (page) => {
      await page.getByRole('tab', { name: 'The plan' }).click();
      const panel = page.getByRole('tabpanel');
      await expect.poll(() => panel.getByRole('alert').textContent(), SOON).toContain('(plan)');
      await screenshot(page, 'on-demand-part-failed');
      // The other tabs and the list still work.
      await page.getByRole('tab', { name: 'Areas' }).click();
      await page.locator('.area-list button.area-button').first().click();
      await expect.poll(() => page.locator('aside.details[data-area]').count(), SOON).toBe(1);
      // A browser keeps a failed module load for the page's life: the message asks for a reload, and
      // after one the plan is there.
      await page.getByRole('tab', { name: 'The plan' }).click();
      expect(await panel.getByRole('alert').textContent()).toContain('Reload the page to try again');
      await page.unroute(chunk);
      await page.reload();
      await page.getByRole('tab', { name: 'The plan' }).click();
      await expect.poll(() => panel.locator('section.plan-browser').count(), SOON).toBe(1);
    });
  });
});
