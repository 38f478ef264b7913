// Areas side by side: ?compare= with two and three areas opens the table and frames them all on the
// map; opened from an area's details and from the list; a bad id is named in a notice; Chinese.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { areas } from '../../src/data/areas';
import { areaBounds } from '../../src/data/bounds';
import {
  canvasBox,
  currentView,
  exportSlide,
  pngSize,
  project,
  screenshot,
  trackPages,
  waitForIdle,
} from './harness';

const { open } = trackPages({ width: 1600, height: 900 });

const table = (page: Page) => page.getByTestId('compare');
const columns = (page: Page) =>
  table(page)
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-area')));
const rowText = (page: Page, row: string) =>
  table(page)
    .locator(`tr[data-row="${row}"] td`)
    .evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));

/** Whether each area's outline box lies within the part of the map the panel leaves clear. */
async function framed(page: Page, ids: string[]): Promise<boolean> {
  await waitForIdle(page);
  const view = await currentView(page);
  const box = await canvasBox(page);
  const panel = await table(page).boundingBox();
  const right = (panel?.x ?? box.x + box.width) - box.x;
  return ids.every((id) => {
    const [w, s, e, n] = areaBounds(id as never);
    const sw = project(w, s, view, box);
    const ne = project(e, n, view, box);
    return sw.x >= 0 && ne.x <= right && ne.y >= 0 && sw.y <= box.height;
  });
}

describe('comparing areas', () => {
  it('puts two areas side by side and frames both', async () => {
    const page = await open('?compare=pudong,xiongan');
    await expect.poll(() => columns(page)).toEqual(['pudong', 'xiongan']);
    expect(await table(page).getByRole('heading', { level: 2 }).textContent()).toBe('Comparison');
    const approval = await rowText(page, 'approval');
    expect(approval[0]).toContain('1992-10-11');
    expect(approval[1]).toContain('2017');
    expect((await rowText(page, 'province'))[1]).toContain('Hebei');
    expect((await rowText(page, 'macro'))[0]).toContain('East');
    expect((await rowText(page, 'measures'))[0]).toMatch(/\(\d+\) /);
    expect(await framed(page, ['pudong', 'xiongan'])).toBe(true);
  });

  it('puts three side by side, marks shared industries, frames all three; prints the table alone', async () => {
    const page = await open('?compare=pudong,nansha,liangjiang');
    await expect.poll(() => columns(page)).toEqual(['pudong', 'nansha', 'liangjiang']);
    // Each industry two of them lead in is marked in each column that has it (counted from the data).
    const ids = ['pudong', 'nansha', 'liangjiang'];
    const ind = (id: string) => [
      ...new Set(areas.find((a) => a.id === id)?.industries.map((i) => i.industry)),
    ];
    const marks = ids.flatMap(ind).filter((i) => ids.filter((id) => ind(id).includes(i)).length > 1).length;
    expect(marks).toBeGreaterThan(0);
    expect(await table(page).locator('tr[data-row="industries"] li.shared').count()).toBe(marks);
    expect(await rowText(page, 'ports')).toHaveLength(3);
    expect(await framed(page, ['pudong', 'nansha', 'liangjiang'])).toBe(true);
    await screenshot(page, 'compare-three');
    // The slide: the map as framed, the compared areas undimmed, a line of facts for each.
    expect(pngSize(await exportSlide(page, 'compare-three-slide')).width).toBe(1920);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.map-column').isVisible()).toBe(false);
    expect(await table(page).isVisible()).toBe(true);
    await screenshot(page, 'compare-three-print', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('opens from the details ("Compare with…") and from the list; closing brings the details back', async () => {
    const page = await open('?area=harbin');
    await page.getByTestId('compare-with').selectOption('changchun');
    await expect.poll(() => columns(page)).toEqual(['harbin', 'changchun']);
    expect(await page.evaluate(() => window.location.search)).toContain('compare=harbin,changchun');
    await page.locator('.compare-pick-select').selectOption('xiongan');
    await expect.poll(() => columns(page)).toEqual(['harbin', 'changchun', 'xiongan']);
    await page.getByRole('button', { name: 'Close the comparison' }).click();
    await expect.poll(() => page.locator('aside.details').getAttribute('data-area')).toBe('harbin');
    expect(await page.evaluate(() => window.location.search)).not.toContain('compare=');
  });

  it('names a bad or repeated id in a notice and compares the rest; one area left is no table', async () => {
    const page = await open('?compare=pudong,atlantis,pudong,binhai');
    await expect.poll(() => columns(page)).toEqual(['pudong', 'binhai']);
    const notices = page.getByRole('status');
    await expect
      .poll(() => notices.filter({ hasText: 'Ignored compare=atlantis: no such area' }).count())
      .toBe(1);
    expect(await notices.filter({ hasText: 'Ignored compare=pudong: the same area twice' }).count()).toBe(1);
    const alone = await open('?compare=pudong');
    await expect
      .poll(() => alone.getByRole('status').filter({ hasText: 'two or three different areas' }).count())
      .toBe(1);
    expect(await alone.getByTestId('compare').count()).toBe(0);
  });

  it('speaks Chinese', async () => {
    const page = await open('?compare=pudong,xiongan,harbin&lang=zh');
    await expect.poll(() => columns(page)).toEqual(['pudong', 'xiongan', 'harbin']);
    expect(await table(page).getByRole('heading', { level: 2 }).textContent()).toBe('新区对比');
    expect(await table(page).locator('thead th').first().textContent()).toContain('上海浦东新区');
    expect((await rowText(page, 'province'))[1]).toContain('河北省');
    await screenshot(page, 'compare-three-zh');
  });
});
