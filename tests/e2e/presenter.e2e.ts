// The presenter view: while presenting, "Presenter view" opens a second window that shows the step,
// its caption and notes, the next caption and the time; the clicker keys work in either window and
// the other follows; closing either leaves the other working.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, trackPages, withRefused } from './harness';

const { open } = trackPages({ width: 1280, height: 800 });

const audienceStep = (page: Page) => page.locator('.present-count').textContent();
const presenterStep = (page: Page) => page.getByTestId('presenter-count').textContent();

describe('the presenter view', () => {
  it('opens beside the presentation and keeps in step both ways; either window can close', async () => {
    const page = await open();
    // Notes for step 4, written in the briefing editor, for the presenter's eyes only.
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.locator('.briefing-panel ol > li').nth(3).locator('summary').click();
    await page
      .getByRole('textbox', { name: 'Speaker notes 4', exact: true })
      .fill('Mention the Nansha port figures.');
    await page.locator('.app-header').getByRole('button', { name: '▶ Present' }).click();
    await expect.poll(() => audienceStep(page)).toBe('Step 1 of 25');
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    const errors: string[] = [];
    presenter.on('pageerror', (e) => errors.push(e.message));
    await expect.poll(() => presenterStep(presenter), { timeout: 20_000 }).toBe('Step 1 of 25');
    expect(new URL(presenter.url()).search).toBe('?presenter=1');
    const firstNext = await presenter.getByTestId('presenter-next').textContent();
    expect(await presenter.getByTestId('presenter-elapsed').textContent()).toMatch(/^\d+:\d\d$/);

    // Three steps from the presenter window: the audience follows each.
    for (const [key, n] of [
      ['PageDown', 2],
      ['ArrowRight', 3],
      [' ', 4],
    ] as const) {
      await presenter.keyboard.press(key);
      await expect.poll(() => presenterStep(presenter)).toBe(`Step ${n} of 25`);
      await expect.poll(() => audienceStep(page)).toBe(`Step ${n} of 25`);
    }
    expect(await presenter.getByTestId('presenter-caption').textContent()).toBe(
      await page.getByTestId('present-caption').textContent(),
    );
    expect(await presenter.getByTestId('presenter-notes').textContent()).toBe(
      'Mention the Nansha port figures.',
    );
    expect(await page.getByText('Mention the Nansha port figures.').isVisible()).toBe(false);
    expect(firstNext).not.toBe(await presenter.getByTestId('presenter-next').textContent());
    await screenshot(presenter, 'presenter-window');

    // The audience's own clicker: the presenter view follows.
    await page.keyboard.press('PageUp');
    await expect.poll(() => presenterStep(presenter)).toBe('Step 3 of 25');

    // Closing the presenter view leaves the presentation working.
    await presenter.close();
    await page.keyboard.press('PageDown');
    await expect.poll(() => audienceStep(page)).toBe('Step 4 of 25');
    expect(errors).toEqual([]);
  });

  it('keeps working when the presentation window closes', async () => {
    const page = await open('?brief=2');
    await expect.poll(() => audienceStep(page)).toBe('Step 2 of 25');
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    await expect.poll(() => presenterStep(presenter), { timeout: 20_000 }).toBe('Step 2 of 25');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => presenter.getByRole('status').count()).toBe(1);
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => presenterStep(presenter)).toBe('Step 3 of 25');
    await screenshot(presenter, 'presenter-window-alone');
  });
});

describe('when its script does not load', () => {
  it('says so in the presenter window instead of leaving it blank', async () => {
    await withRefused('**/PresenterWindow-*.js', '?presenter=1', async (page) => {
      await expect
        .poll(() => page.locator('#root').textContent())
        .toContain('The presenter view could not load');
    });
  });
});
