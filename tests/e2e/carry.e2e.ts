// Carrying the atlas elsewhere, from the served app: the data downloads (read back and checked), the
// share links, and the embed view framed by a page on another origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { trackErrors } from '../../scripts/lib/map-page.mjs';
import { csvRecords } from '../csv-parse';
import { otherSite, SHOTS, screenshot, trackPages, waitForIdle } from './harness';

const app = trackPages();

/** Clicks a "Download data" entry and returns the file's name and text. */
async function downloadData(page: Page, label: RegExp): Promise<{ name: string; text: string }> {
  const menu = page.locator('details.download-data');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await page.getByText('Download data', { exact: true }).click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  const path = join(SHOTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('Download data', () => {
  it('gives areas.csv, measure-links.csv and new-areas.geojson', async () => {
    const page = await app.open();
    const areas = await downloadData(page, /areas\.csv/);
    expect(areas.name).toBe('areas.csv');
    expect(areas.text.charCodeAt(0)).toBe(0xfeff); // the BOM, so Excel reads UTF-8
    const rows = csvRecords(areas.text.slice(1));
    expect(rows).toHaveLength(19);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.pudong).toMatchObject({ approval_date: '1992-10-11', name_zh: '上海浦东新区' });
    expect(byId.xiongan).toMatchObject({ approval_date: '2017-04-01', name_zh: '河北雄安新区' });

    const links = await downloadData(page, /measure-links\.csv/);
    expect(links.name).toBe('measure-links.csv');
    const linkRows = csvRecords(links.text.slice(1));
    expect(new Set(linkRows.map((r) => r.link_kind))).toEqual(
      new Set(['names', 'every-area', 'through-strategy']),
    );

    const outlines = await downloadData(page, /new-areas\.geojson/);
    expect(outlines.name).toBe('new-areas.geojson');
    const fc = JSON.parse(outlines.text);
    expect(fc.features).toHaveLength(19);
    expect(
      new Set(fc.features.map((f: { properties: { precision: string } }) => f.properties.precision)),
    ).toEqual(new Set(['exact', 'approximate']));
  });
});

describe('The header menus', () => {
  it('open one at a time, and close with Escape, a press outside or a chosen file', async () => {
    const page = await app.open('?area=pudong');
    const download = page.locator('details.download-data');
    const share = page.locator('details.share-menu');
    const isOpen = (d: typeof download) => d.evaluate((el) => (el as HTMLDetailsElement).open);
    await page.getByText('Download data', { exact: true }).click();
    await page.getByText('Share', { exact: true }).click();
    expect([await isOpen(download), await isOpen(share)]).toEqual([false, true]);
    // Escape closes the menu, not the area's details, and gives focus back to the menu's button.
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Escape');
    expect(await isOpen(share)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    expect(await page.getByRole('complementary', { name: 'Shanghai Pudong New Area' }).count()).toBe(1);
    await page.getByText('Download data', { exact: true }).click();
    await page.getByRole('heading', { name: 'New areas', exact: true }).click();
    expect(await isOpen(download)).toBe(false);
    await downloadData(page, /areas\.csv/);
    expect(await isOpen(download)).toBe(false);
  });
});

describe('Copy link', () => {
  it('copies the current state, camera included', async () => {
    const page = await app.open('?area=harbin&strategy=northeast');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByText('Share', { exact: true }).click(); // the header's Share menu
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => window.location.href));
    expect(copied).toMatch(/\?area=harbin&strategy=northeast#map=/);
  });

  it('on a phone whose browser refuses copying, shows the link selected in a field, on the screen', async () => {
    const page = await app.open('?area=harbin', { width: 390, height: 844 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // The app's own writes are refused; the keyboard's copy, and reading back, still work.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: /Menu/ }).click();
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Text to copy' });
    await expect.poll(() => field.count()).toBe(1);
    // Focused and wholly selected, so Ctrl+C copies it; the link is the page's.
    const selected = await field.evaluate((el) => {
      const input = el as HTMLInputElement;
      return {
        focused: document.activeElement === input,
        whole: input.selectionStart === 0 && input.selectionEnd === input.value.length,
        value: input.value,
      };
    });
    expect(selected).toEqual({ focused: true, whole: true, value: await page.evaluate(() => location.href) });
    // The words say so beside the field, and nothing covers them; both lie within the screen (the menu
    // had run off its left edge, and a notice at the top of the page had been under the menu).
    const words = page.getByRole('status').filter({ hasText: 'did not allow copying' });
    expect(await words.count()).toBe(1);
    const uncovered = await words.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(uncovered).toBe(true);
    for (const box of [await words.boundingBox(), await field.boundingBox()]) {
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    expect(await page.locator('.notice').filter({ hasText: 'did not allow copying' }).count()).toBe(0);
    await screenshot(page, 'share-refused-phone');
    // Ctrl+C copies the link, and the field goes, its job done.
    await page.keyboard.press('Control+C');
    await expect.poll(() => field.count()).toBe(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(selected.value);
    expect(await page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
  });
});

// The embed view in an iframe on another origin (another port on 127.0.0.1), as an intranet page
// would hold it, in a browser of its own (the harness's routing would hide a framing refusal).
describe('?embed=1 in another site’s page', () => {
  const embedPath = '?area=pudong&embed=1#map=8/31.2/121.6';
  const other = otherSite(
    `<!doctype html><link rel="icon" href="data:,"><title>Intranet</title><h1>Our intranet</h1><a href="#">before</a><iframe src="${inject('baseUrl')}${embedPath}" title="New Areas Atlas map" width="1100" height="700"></iframe>`,
  );

  const atlasFrame = async (page: Page): Promise<Frame> => {
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f.url().startsWith(inject('baseUrl')))
            ?.url() ?? '',
        { timeout: 30_000 },
      )
      .toContain('embed=1');
    const frame = page.frames().find((f) => f.url().startsWith(inject('baseUrl')));
    if (!frame) throw new Error('no atlas frame');
    return frame;
  };

  it('shows the map and the details only, with a link to the full app', async () => {
    const page = await other.browser().newPage({ viewport: { width: 1200, height: 800 } });
    const errors = trackErrors(page);
    await page.goto(other.url());
    const frame = await atlasFrame(page);
    await frame.waitForSelector('[data-testid="map-region"][data-renderer="webgl"]', { timeout: 60_000 });
    await frame.waitForSelector('[data-testid="map-region"][aria-busy="false"]', { timeout: 60_000 });
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.getByRole('tablist').count()).toBe(0);
    expect(await frame.getByRole('combobox', { name: 'Search areas' }).count()).toBe(0);
    await expect
      .poll(() => frame.getByRole('complementary', { name: 'Shanghai Pudong New Area' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);

    const open = frame.getByRole('link', { name: 'Open in New Areas Atlas' });
    expect(await open.getAttribute('target')).toBe('_blank');
    const href = (await open.getAttribute('href')) ?? '';
    expect(href.startsWith(`${inject('baseUrl')}?area=pudong#map=`)).toBe(true);
    expect(href).not.toContain('embed');

    // Keyboard: from the host page's own link, Tab goes into the frame and reaches its controls.
    await page.getByRole('link', { name: 'before' }).focus();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      reached.push(await frame.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toContain('Open in New Areas Atlas');
    expect(reached).toContain('Copy embed code');

    // The frame has no clipboard permission: the code is shown selected instead, with a notice.
    await frame.getByRole('button', { name: 'Copy embed code' }).click();
    const field = frame.getByRole('textbox', { name: 'Text to copy' });
    await expect.poll(() => field.count()).toBe(1);
    const code = await field.inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?area=pudong&amp;embed=1#map=/);
    expect(await frame.getByText(/did not allow copying/).count()).toBe(1);
    // The words and the field each take a line of the bar under its buttons: no two overlap.
    const boxes = await Promise.all(
      [
        frame.getByRole('button', { name: 'Copy embed code' }),
        frame.getByText(/did not allow copying/),
        field,
      ].map((l) => l.boundingBox()),
    );
    for (let i = 1; i < boxes.length; i++) {
      const [above, below] = [boxes[i - 1], boxes[i]];
      expect((above?.y ?? 0) + (above?.height ?? 0)).toBeLessThanOrEqual((below?.y ?? 0) + 1);
    }
    await page.screenshot({ path: `${SHOTS}/embed-in-other-origin.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on its own at the embed URL, and the full app stays unframable', async () => {
    const page = await app.open(embedPath);
    await waitForIdle(page);
    expect(await page.locator('.app-header').count()).toBe(0);
    await screenshot(page, 'embed-view');
  });
});
