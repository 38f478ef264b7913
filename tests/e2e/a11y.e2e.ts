// Keyboard and screen reader: axe-core (pinned, injected as axe.source: @axe-core/playwright wants
// Node 22) on every view, the skip links, a keyboard route onto the map's areas in both renderers,
// focus into and out of the presentation.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_WEBGL_ARGS, screenshot, trackPages } from './harness';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } })
      .axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const { open } = trackPages({ width: 1400, height: 900 });

async function showTab(page: Page, name: string, content: string) {
  await page.getByRole('tab', { name }).click();
  await page.locator(content).waitFor();
}

describe('axe-core: no serious or critical violations', () => {
  const views: [string, string, (p: Page) => Promise<void>][] = [
    ['home', '', async () => {}],
    ['an area', '?area=pudong', async () => {}],
    ['Chinese, an area', '?area=liangjiang&lang=zh', async () => {}],
    // The tabs' code loads on first showing: checked once it is there, not while "Loading…".
    ['the plan tab', '', (p) => showTab(p, 'The plan', 'section.plan-browser')],
    ['the briefing tab', '', (p) => showTab(p, 'Briefing', '.briefing-panel')],
    [
      'presenting',
      '?brief=3',
      (p) =>
        p
          .getByTestId('present-bar')
          .waitFor()
          .then(() => {}),
    ],
  ];
  for (const [name, path, act] of views) {
    it(name, async () => {
      const page = await open(path);
      await act(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
  it('a phone, home and an area', async () => {
    const page = await open('', { width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Shanghai Pudong New Area' }).first().click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('keyboard only', () => {
  it('Tab first reaches the skip links; they lead to the map and to the list', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: 'Skip to the map' });
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await first.isVisible()).toBe(true);
    await screenshot(page, 'skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'map-surface',
    );
    expect(await page.evaluate(() => window.location.hash)).not.toContain('#map-surface');

    await page.keyboard.press('Shift+Tab'); // back into the header, then forward to the second link
    await page.evaluate(() =>
      (document.querySelector('.skip-links button:nth-child(2)') as HTMLElement).focus(),
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('area-button');
  });

  it('Tab from the map reaches its areas; Enter opens one; Esc closes it and keeps focus on the map', async () => {
    const page = await open();
    await page.getByTestId('map-surface').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Shanghai Pudong New Area on the map');
    // The tooltip names it, as a pointer on its dot would.
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Pudong');
    await page.keyboard.press('Tab');
    const second = await focused();
    expect(second).toMatch(/ on the map$/);
    expect(second).not.toBe('Shanghai Pudong New Area on the map');
    await screenshot(page, 'keyboard-area-focus');
    await page.keyboard.press('Enter');
    const shown = (second ?? '').replace(/ on the map$/, '');
    await expect.poll(() => page.getByRole('complementary', { name: shown }).count()).toBe(1);
    expect(await page.evaluate(() => new URL(window.location.href).searchParams.get('area'))).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('complementary', { name: shown }).count()).toBe(0);
    expect(await focused()).toBe(second);
  });

  it('presenting moves focus to the step controls and Esc gives it back to the Present button', async () => {
    const page = await open();
    const present = page.getByRole('button', { name: '▶ Present' });
    await present.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.present-count').textContent()).toBe('Step 1 of 25');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Next step');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    for (let i = 2; i <= 4; i++) {
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.present-count').textContent()).toBe(`Step ${i} of 25`);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-count').count()).toBe(0);
    await expect.poll(() => present.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});

describe('keyboard only, without WebGL', () => {
  const noGl = trackPages({ width: 1400, height: 900 }, NO_WEBGL_ARGS);
  it('reaches and selects an area on the 2D map', async () => {
    const page = await noGl.open();
    await page.getByTestId('map-surface').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Shanghai Pudong New Area on the map',
    );
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Shanghai Pudong New Area' }).count())
      .toBe(1);
  });
});
