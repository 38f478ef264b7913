// The establishment timeline in the browser: ?year= shows the areas approved by then in the list and
// on the map (the others dimmed, as filtered-out areas are); the slider works by keyboard; play
// steps through the years; a bad year gets a notice. Expected sets come from the areas' own data.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areas } from '../../src/data/areas';
import { screenshot, trackPages, waitForIdle } from './harness';
import { approvedBy, dotColours, expectDots, yearOf } from './timeline-dots';

const { open } = trackPages({ width: 1280, height: 800 });

/** The names on the list's area buttons, in order (the button's first text is the name). */
const listed = (page: Page) =>
  page
    .locator('.area-list .area-button')
    .evaluateAll((bs) => bs.map((b) => b.childNodes[0]?.textContent ?? ''));
const slider = (page: Page) => page.getByRole('slider', { name: 'Year of approval' });
const caption = (page: Page) => page.getByTestId('timeline-caption').textContent();

describe('the timeline', () => {
  it('shows the areas approved by 2010, 2014 and 2015, in the list and on the map', async () => {
    // References: every area drawn, and every sampled area dimmed (none was approved by 1992).
    const refs = { full: await dotColours(await open()), dimmed: await dotColours(await open('?year=1992')) };
    const page = await open('?year=2010');
    await expect.poll(() => listed(page)).toEqual(approvedBy(2010));
    expect(await caption(page)).toBe(`Approved by 2010: ${approvedBy(2010).length} of ${areas.length}`);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2010');
    await expectDots(page, 2010, refs);

    // Four years on by keyboard.
    await slider(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => listed(page)).toEqual(approvedBy(2014));
    expect(await caption(page)).toBe(`Approved by 2014: 11 of ${areas.length}`);
    expect(await page.evaluate(() => window.location.search)).toBe('?year=2014');
    await expectDots(page, 2014, refs);
    await screenshot(page, 'timeline-2014');

    await page.keyboard.press('ArrowUp');
    await expect.poll(() => listed(page)).toEqual(approvedBy(2015));
    await expectDots(page, 2015, refs);

    // Known facts, whatever the data says about the rest.
    for (const year of [2010, 2014, 2015]) {
      expect(approvedBy(year)).toContain('Shanghai Pudong New Area');
      expect(approvedBy(year)).not.toContain("Hebei Xiong'an New Area");
    }
  });

  it('moves by the ARIA slider keys: Home, End, PageUp/PageDown to the marked years', async () => {
    const page = await open('?year=2014');
    const s = slider(page);
    expect(await s.getAttribute('aria-valuemin')).toBe('1992');
    expect(Number(await s.getAttribute('aria-valuemax'))).toBeGreaterThanOrEqual(2024);
    expect(await s.getAttribute('aria-valuetext')).toBe(`2014: 11 of ${areas.length} areas approved`);
    await s.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => s.getAttribute('aria-valuenow')).toBe('1992');
    expect(await listed(page)).toEqual(['Shanghai Pudong New Area']);
    await page.keyboard.press('PageUp');
    await expect.poll(() => s.getAttribute('aria-valuenow')).toBe(String(yearOf('binhai')));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => s.getAttribute('aria-valuenow')).toBe(String(yearOf('binhai') - 1));
    await page.keyboard.press('PageDown');
    await expect.poll(() => s.getAttribute('aria-valuenow')).toBe('1992');
    await page.keyboard.press('End');
    await expect.poll(() => listed(page)).toHaveLength(areas.length);
    expect(await page.evaluate(() => window.location.search)).toBe('');
  });

  it('plays about a year a second, and pauses', async () => {
    const page = await open('?year=2012', { width: 1280, height: 800, reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Play the years' }).click();
    const t0 = Date.now();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow'), { timeout: 10_000 }).toBe('2015');
    const seconds = (Date.now() - t0) / 1000;
    expect(seconds).toBeGreaterThan(2);
    expect(seconds).toBeLessThan(6);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider(page).getAttribute('aria-valuenow');
    await page.waitForTimeout(1500);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe(paused);
  });

  it('under reduced motion, steps one year a press', async () => {
    const page = await open('?year=2012', { width: 1280, height: 800, reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Play the years' }).click();
    await expect.poll(() => slider(page).getAttribute('aria-valuenow')).toBe('2013');
    await page.waitForTimeout(1500);
    expect(await slider(page).getAttribute('aria-valuenow')).toBe('2013');
  });

  it('names a bad year in a notice, shows every area, and speaks Chinese', async () => {
    const page = await open('?year=1850');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Ignored year=1850' }).count())
      .toBe(1);
    expect(await listed(page)).toHaveLength(areas.length);
    const zh = await open('?year=2014&lang=zh');
    expect(await zh.getByTestId('timeline-caption').textContent()).toBe(
      `截至2014年已设立：${areas.length}个中的11个`,
    );
  });

  it('costs a year change no more than a filter change (press to map idle)', async () => {
    const page = await open('?year=2014');
    // The last moment the map said it was idle, on the page's clock.
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="map-region"]');
      const w = window as unknown as { idleAt: number };
      w.idleAt = 0;
      new MutationObserver(() => {
        if (region?.getAttribute('aria-busy') === 'false') w.idleAt = performance.now();
      }).observe(region as Element, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const cost = async (act: () => Promise<void>) => {
      const t0 = await page.evaluate(() => performance.now());
      await act();
      await waitForIdle(page);
      return (await page.evaluate(() => (window as unknown as { idleAt: number }).idleAt)) - t0;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const years: number[] = [];
    const filters: number[] = [];
    // Between 2014 and 2015 (four areas come and go) with no filter on; the West chip on and off.
    const chip = page.getByRole('button', { name: 'West', exact: true });
    for (let i = 0; i < 5; i++) {
      await slider(page).focus();
      years.push(await cost(() => page.keyboard.press('ArrowRight')));
      years.push(await cost(() => page.keyboard.press('ArrowLeft')));
      filters.push(await cost(() => chip.click()));
      filters.push(await cost(() => chip.click()));
    }
    console.log(
      `year change → idle: median ${median(years).toFixed(0)} ms (${years.map((x) => x.toFixed(0)).join(', ')}); filter toggle → idle: median ${median(filters).toFixed(0)} ms (${filters.map((x) => x.toFixed(0)).join(', ')})`,
    );
    expect(median(years)).toBeLessThan(median(filters) * 1.5 + 50);
  });
});
