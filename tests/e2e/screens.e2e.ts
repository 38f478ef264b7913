// Every screen: a phone (390 × 844), a laptop at 200 % zoom (640 × 400 CSS px) and a tablet, on the
// home view, an area and presenting. Nothing wider than the screen; every visible control can be hit
// at its centre (nothing lies over it); the timeline's years readable apart; the phone's menu, folded
// legend and bottom sheet work.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, trackPages } from './harness';

const { open } = trackPages();

/** Controls that are shown but covered at their centre, after scrolling each into view. */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input, summary, a[href], [role="tab"]',
    );
    for (const el of controls) {
      // Not shown: hidden, transparent, or inside a closed <details> (its content is skipped).
      if (
        el.closest('[aria-hidden="true"]') ||
        !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      )
        continue;
      if (el.classList.contains('skip-links') || el.closest('.skip-links')) continue; // shown on focus only
      if (el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
        out.push(`${el.outerHTML.slice(0, 80)} is off screen`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit) || (el instanceof HTMLSelectElement && hit === el))) {
        out.push(`${el.outerHTML.slice(0, 80)} is under ${hit?.outerHTML.slice(0, 80)}`);
      }
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/** The timeline's written years that run into each other, as "1992/2017". */
const crowdedYears = (page: Page) =>
  page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.timeline-label')].map((el) => ({
      year: el.textContent,
      r: el.getBoundingClientRect(),
    }));
    return labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom,
        )
        .map((b) => `${a.year}/${b.year}`),
    );
  });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const SCREENS = {
  phone: { width: 390, height: 844 },
  'zoom-200': { width: 640, height: 400 },
  tablet: { width: 800, height: 1100 },
} as const;

for (const [name, size] of Object.entries(SCREENS)) {
  describe(`${name} (${size.width} × ${size.height})`, () => {
    it('home: nothing overflows, every control can be hit', async () => {
      const page = await open('', size);
      expect(await overflow(page)).toBe(0);
      expect(await coveredControls(page)).toEqual([]);
      expect(await crowdedYears(page)).toEqual([]);
      await screenshot(page, `screen-${name}-home`);
    });
    it('an area: nothing overflows, every control can be hit', async () => {
      const page = await open('?area=pudong', size);
      expect(await overflow(page)).toBe(0);
      expect(await page.getByRole('complementary', { name: 'Shanghai Pudong New Area' }).isVisible()).toBe(
        true,
      );
      expect(await coveredControls(page)).toEqual([]);
      await screenshot(page, `screen-${name}-area`);
    });
    it('presenting: map, caption, step controls and Exit on screen', async () => {
      const page = await open('?brief=7', size);
      expect(await overflow(page)).toBe(0);
      for (const control of [
        page.getByRole('button', { name: 'Previous step' }),
        page.getByRole('button', { name: 'Next step' }),
        page.getByRole('button', { name: 'Leave the presentation (Esc)' }),
      ]) {
        const box = await control.boundingBox();
        expect(
          box && box.x >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height,
        ).toBe(true);
      }
      const caption = await page.getByTestId('present-caption').boundingBox();
      expect(caption && caption.y < size.height && caption.height > 20).toBe(true);
      const map = await page.getByTestId('map-region').boundingBox();
      expect(map && map.height > size.height * 0.45).toBe(true);
      await screenshot(page, `screen-${name}-present`);
    });
  });
}

describe('phone parts', () => {
  it('folds the header actions into a menu, the legend into its title, and the details into a sheet', async () => {
    const page = await open('', SCREENS.phone);
    const menu = page.getByRole('button', { name: /Menu/ });
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '中文', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'screen-phone-menu');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);

    const legend = page.getByTestId('legend');
    expect(await legend.getByRole('combobox').count()).toBe(0);
    await legend.getByRole('button', { name: 'Show' }).click();
    expect(await legend.getByRole('combobox').isVisible()).toBe(true);
    await legend.getByRole('button', { name: 'Hide' }).click();

    const map = await page.getByTestId('map-region').boundingBox();
    expect(map && map.height >= 844 * 0.45 - 1).toBe(true);

    await page.locator('.area-list .area-button', { hasText: 'Shanghai Pudong New Area' }).click();
    const sheet = page.getByRole('complementary', { name: 'Shanghai Pudong New Area' });
    const half = await sheet.boundingBox();
    expect(half && half.y + half.height).toBeCloseTo(844, -1);
    expect(half && half.height <= 844 * 0.45 + 1).toBe(true);
    await sheet.getByRole('button', { name: 'Expand' }).click();
    const full = await sheet.boundingBox();
    expect(full && full.height > (half?.height ?? 0)).toBe(true);
    await screenshot(page, 'screen-phone-sheet-expanded');
    await sheet.getByRole('button', { name: /Close the details/ }).click();
    expect(await sheet.count()).toBe(0);
  });
});

describe('tablet parts', () => {
  it('the list is a drawer: closed, the map takes the whole width; open again, the list is back', async () => {
    const page = await open('', { width: 1000, height: 760 });
    const toggle = page.getByRole('button', { name: '☰ Hide the list' });
    const before = await page.getByTestId('map-region').boundingBox();
    await toggle.click();
    expect(await page.getByRole('navigation', { name: 'Areas, the plan and briefings' }).isVisible()).toBe(
      false,
    );
    await expect.poll(async () => (await page.getByTestId('map-region').boundingBox())?.width).toBe(1000);
    expect(before && before.width < 1000).toBe(true);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'screen-tablet-list-closed');
    await page.getByRole('button', { name: '☰ Show the list' }).click();
    expect(await page.locator('.area-list .area-button').count()).toBe(19);
  });

  it('"Skip to the list" opens a closed drawer and lands on the list', async () => {
    const page = await open('', { width: 1000, height: 760 });
    await page.getByRole('button', { name: '☰ Hide the list' }).click();
    await page.evaluate(() =>
      (document.querySelector('.skip-links button:nth-child(2)') as HTMLElement).focus(),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('area-button');
    expect(await page.getByRole('button', { name: '☰ Hide the list' }).isVisible()).toBe(true);
  });
});
