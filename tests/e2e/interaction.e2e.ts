// Finding an area and reading what the plan asks of it, without the map and with it: the list, the
// filters, search, the plan browser, deep links, Back, the keyboard, and Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasBox,
  currentView,
  pixelStats,
  project,
  readGeo,
  screenshot,
  shownArea,
  trackPages,
  waitForIdle,
} from './harness';

const { open, openRaw } = trackPages({});

const listCount = (page: Page) => page.getByTestId('list-count').textContent();
const areaButtons = (page: Page) => page.locator('.area-list button.area-button');

describe('list → details', () => {
  it('opens the details of an area from the list, with the measures that name it in order', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Harbin New Area', exact: true }).click();
    const aside = page.getByRole('complementary', { name: 'Harbin New Area' });
    await expect.poll(() => aside.count()).toBe(1);
    const named = aside.getByRole('list', { name: 'Named in the plan' }).getByRole('listitem');
    const leads = await named.locator('.measure-lead').allTextContents();
    expect(leads.map((t) => t.slice(0, 4))).toEqual(['(6) ', '(11)', '(14)']);
    // The full text is in the DOM, collapsed, with the naming sentence emphasised.
    const marks = await named.nth(2).locator('mark').allTextContents();
    expect(marks.join(' ')).toContain('Harbin New Area explores cooperation');
    await expect
      .poll(() => aside.getByText(/approximate: the 3 county-level divisions it lies in/).count())
      .toBe(1);
    await expect
      .poll(() => page.getByTestId('live-region').textContent())
      .toBe('Harbin New Area, Heilongjiang, named in 3 measures');
    await screenshot(page, 'panel-en-harbin');
  });
});

describe('filters', () => {
  it('narrows the list and dims the map to a strategy, and clears', async () => {
    const page = await open();
    const view = await currentView(page);
    const box = await canvasBox(page);
    const dot = readGeo<GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>>(
      'areas.points.geojson',
    ).features.find((f) => f.properties.id === 'pudong');
    const [lon = 0, lat = 0] = dot?.geometry.coordinates ?? [];
    const at = project(lon, lat, view, box);
    const pudongPixel = async () => {
      const png = await page.screenshot({
        clip: { x: box.x + at.x - 3, y: box.y + at.y - 3, width: 6, height: 6 },
      });
      return pixelStats(page, png);
    };
    const before = await pudongPixel();

    await page.getByRole('button', { name: 'Northeast', exact: true }).click();
    await expect.poll(() => listCount(page)).toBe('3 of 19 areas');
    expect(await areaButtons(page).allTextContents()).toEqual([
      expect.stringContaining('Dalian Jinpu New Area'),
      expect.stringContaining('Harbin New Area'),
      expect.stringContaining('Changchun New Area'),
    ]);
    await expect.poll(() => page.getByTestId('filter-summary').textContent()).toContain('Northeast');
    await waitForIdle(page);
    const after = await pudongPixel();
    expect(after.darkShare).toBeLessThan(before.darkShare + 0.01); // Pudong's dot is faded, not darker
    expect(after.lumaStd).not.toBeCloseTo(before.lumaStd, 0);

    // Two strategies combine with OR.
    await page.getByRole('button', { name: 'Greater Bay Area', exact: true }).click();
    await expect.poll(() => listCount(page)).toBe('4 of 19 areas');
    await waitForIdle(page);
    await screenshot(page, 'filtered-northeast-or-gba');

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => listCount(page)).toBe('19 of 19 areas');
  });

  it('filters by a measure from the plan browser and lists the areas it names', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'The plan' }).click();
    await page.getByRole('button', { name: /^\(13\) Further leverage the advantages of Lingang/ }).click();
    const detail = page.getByTestId('measure-detail');
    const names = await detail.getByRole('button').allTextContents();
    expect(names).toEqual([
      'Shanghai Pudong New Area',
      'Tianjin Binhai New Area',
      'Zhejiang Zhoushan Archipelago New Area',
      'Guangzhou Nansha New Area',
      'Qingdao West Coast New Area',
      'Dalian Jinpu New Area',
    ]);
    await detail.getByRole('button', { name: 'Dalian Jinpu New Area' }).click();
    await expect.poll(() => shownArea(page)).toEqual({ id: 'jinpu', name: 'Dalian Jinpu New Area' });
    expect(await page.evaluate(() => window.location.search)).toBe('?area=jinpu&measure=13');
  });
});

describe('search', () => {
  it('finds an area by an alias from the plan and by its Chinese name; Enter selects', async () => {
    const page = await open();
    const box = page.getByRole('combobox', { name: 'Search areas' });
    await box.fill('ice and snow');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Harbin New Area');
    await box.press('Enter');
    await expect.poll(() => shownArea(page)).toEqual({ id: 'harbin', name: 'Harbin New Area' });
    await box.fill('浦东');
    await box.press('Enter');
    await expect.poll(() => shownArea(page)).toEqual({ id: 'pudong', name: 'Shanghai Pudong New Area' });
  });
});

describe('URL', () => {
  it('opens a deep link with area, strategy and language', async () => {
    const page = await open('?area=nansha&strategy=gba&lang=zh');
    await expect.poll(() => page.locator('aside.details h2').textContent()).toBe('广州南沙新区');
    await expect.poll(() => listCount(page)).toBe('共19个，显示1个');
    expect(
      await page
        .locator('fieldset.chip-group')
        .getByRole('button', { name: '大湾区', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // The plan's text stays English and the panel says so.
    await expect
      .poll(() => page.locator('aside.details').getByText('行动计划原文按其发布的英文译本逐字引用。').count())
      .toBe(1);
    await screenshot(page, 'panel-zh-nansha');
  });

  it('goes Back to the previous selection', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Hunan Xiangjiang New Area', exact: true }).click();
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
    await page.getByRole('button', { name: 'Nanjing Jiangbei New Area', exact: true }).click();
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'jiangbei' });
    await page.goBack();
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
    await page.goBack();
    await expect.poll(() => shownArea(page)).toEqual({ id: null, name: null });
  });

  it('ignores hostile and unknown values with a notice, as text, and still starts', async () => {
    const dialogs: string[] = [];
    const o = await openRaw(
      `?area=${encodeURIComponent('<img src=x onerror=alert(1)>')}&measure=99&strategy=yrd`,
    );
    o.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForIdle(o.page);
    const notices = o.page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect
      .poll(() => notices.textContent())
      .toContain('Ignored area=<img src=x onerror=alert(1)>: no such area.');
    await expect.poll(() => notices.textContent()).toContain('Ignored measure=99');
    expect(await o.page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await expect.poll(() => listCount(o.page)).toBe('3 of 19 areas'); // the good strategy still applies
  });
});

describe('keyboard and language', () => {
  it('reaches a panel and back with the keyboard only', async () => {
    const page = await open();
    // Tab until a list button has focus.
    let name = '';
    for (let i = 0; i < 60 && !name.includes('Pudong'); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? '');
    }
    expect(name).toContain('Shanghai Pudong New Area');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'pudong' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => shownArea(page)).toEqual({ id: null, name: null });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent)).toContain(
      'Shanghai Pudong New Area',
    );
  });

  it('shows Chinese names after the language toggle', async () => {
    const page = await open();
    await page.getByRole('button', { name: '中文', exact: true }).click();
    const names = await areaButtons(page).allTextContents();
    expect(names[0]).toContain('上海浦东新区');
    expect(names).toHaveLength(19);
    expect(await page.evaluate(() => window.location.search)).toBe('?lang=zh');
  });
});
