// Briefing mode as a presenter uses it: a clicker's keys step through the built-in briefing on the
// live map, ?brief=n opens a step, Esc leaves; a slide exports as a real PNG; the handout prints.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CITY, COLOR } from '../../src/map/tokens';
import {
  colourShare,
  currentView,
  exportSlide,
  pixelStats,
  pngSize,
  printHandout,
  SHOTS,
  screenshot,
  trackPages,
  waitForIdle,
} from './harness';
import { pdfPages } from './pdf-text';

const FULL_HD = { width: 1920, height: 1080 };
const { open } = trackPages(FULL_HD);

const stepText = (page: Page) => page.locator('.present-count').textContent();
const caption = (page: Page) => page.getByTestId('present-caption').textContent();
const cardArea = (page: Page) => page.locator('.present-card').getAttribute('data-area');

describe('presenting', () => {
  it('steps through the built-in briefing with clicker keys; map and caption follow; Esc leaves', async () => {
    const page = await open();
    await page.getByRole('button', { name: '▶ Present' }).click();
    await expect.poll(() => stepText(page)).toBe('Step 1 of 25');
    expect(await caption(page)).toContain("China's 19 national-level new areas");
    // Chrome hidden, captions projector-sized.
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const px = await page
      .getByTestId('present-caption')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(28);
    await waitForIdle(page);
    const overview = await currentView(page);
    await screenshot(page, 'present-step-1');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepText(page)).toBe('Step 2 of 25');
    expect(await caption(page)).toContain('Beijing-Tianjin-Hebei');
    await waitForIdle(page);
    expect((await currentView(page)).zoom).toBeGreaterThan(overview.zoom + 1); // the camera moved in
    expect(await page.evaluate(() => window.location.search)).toContain('strategy=jjj');

    await page.keyboard.press('PageDown');
    await expect.poll(() => stepText(page)).toBe('Step 3 of 25');
    await page.keyboard.press('PageUp');
    await expect.poll(() => stepText(page)).toBe('Step 2 of 25');
    await page.keyboard.press('End');
    await expect.poll(() => stepText(page)).toBe('Step 25 of 25');
    await expect.poll(() => cardArea(page)).toBe('xiongan');
    expect(await caption(page)).toContain("Hebei Xiong'an New Area");
    await waitForIdle(page);
    await screenshot(page, 'present-step-25-xiongan');
    await page.keyboard.press('Home');
    await expect.poll(() => stepText(page)).toBe('Step 1 of 25');
    await page.keyboard.press(' ');
    await expect.poll(() => stepText(page)).toBe('Step 2 of 25');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('present-bar').count()).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.location.search)).not.toContain('brief=');
  });

  it('ends on the step’s view when Esc comes while the map is still flying there', async () => {
    // Motion on: under reduced motion the map jumps, and there is no flight to cut short.
    const page = await open('', { ...FULL_HD, reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: '▶ Present' }).click();
    await expect.poll(() => stepText(page)).toBe('Step 1 of 25');
    await waitForIdle(page);
    const overview = await currentView(page);
    await page.keyboard.press('ArrowRight'); // Beijing-Tianjin-Hebei, a 900 ms flight
    await page.waitForTimeout(150);
    await page.keyboard.press('Escape'); // the bar goes, the map grows: the flight had stopped there
    await expect.poll(() => page.getByTestId('present-bar').count()).toBe(0);
    await waitForIdle(page);
    const view = await currentView(page);
    expect(view.zoom).toBeGreaterThan(overview.zoom + 1);
    // Binhai and Xiong'an's region, not somewhere on the way from China's middle.
    expect(view.lon).toBeGreaterThan(114);
    expect(view.lon).toBeLessThan(120);
    expect(view.lat).toBeGreaterThan(36.5);
    expect(view.lat).toBeLessThan(42);
  });

  it('opens ?brief=7 at step 7: the first area in order of approval', async () => {
    const page = await open('?brief=7');
    await expect.poll(() => stepText(page)).toBe('Step 7 of 25');
    await expect.poll(() => cardArea(page)).toBe('pudong');
    expect(await caption(page)).toContain('Shanghai Pudong New Area');
    expect(await caption(page)).toMatch(/Named in measures \(1\), \(5\)/);
    await waitForIdle(page);
    await screenshot(page, 'present-brief-7-pudong');
  });

  it('plays by itself and pauses', async () => {
    const page = await open('?brief=24');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect.poll(() => stepText(page), { timeout: 15_000 }).toBe('Step 25 of 25');
    // At the end it stops instead of wrapping round.
    await expect
      .poll(() => page.getByRole('button', { name: '▶ Play' }).count(), { timeout: 15_000 })
      .toBe(1);
  });
});

describe('slide export', () => {
  it('writes a 1920 × 1080 PNG with map, title and legend, and a 3840 × 2160 one', async () => {
    const page = await open('?area=harbin&strategy=northeast');
    const save = async (size: string) => {
      await page.getByRole('combobox', { name: 'Slide size' }).first().selectOption(size);
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Export slide' }).first().click(),
      ]);
      const path = `${SHOTS}/slide-${size}.png`;
      await file.saveAs(path);
      expect(file.suggestedFilename()).toBe(`new-areas-atlas-harbin-${size}.png`);
      return readFileSync(path);
    };
    const hd = await save('1920x1080');
    expect(pngSize(hd)).toEqual({ width: 1920, height: 1080 });
    const whole = await pixelStats(page, hd);
    expect(whole.distinctColours).toBeGreaterThan(60);
    // Title (top left), legend (bottom left, above the footer) and facts (top right) are not empty.
    for (const [name, clip] of [
      ['title', { x: 40, y: 40, width: 700, height: 60 }],
      ['legend', { x: 40, y: 700, width: 540, height: 200 }],
      ['facts', { x: 1300, y: 40, width: 560, height: 200 }],
    ] as const) {
      const region = await page.evaluate(
        async ({ b64, c }) => {
          const bmp = await createImageBitmap(
            new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))]),
          );
          const canvas = new OffscreenCanvas(c.width, c.height);
          const ctx = canvas.getContext('2d');
          ctx?.drawImage(bmp, -c.x, -c.y);
          const d = ctx?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
          let dark = 0;
          for (let i = 0; i < d.length; i += 4)
            if ((d[i] ?? 255) + (d[i + 1] ?? 255) + (d[i + 2] ?? 255) < 300) dark++;
          return dark / (d.length / 4);
        },
        { b64: hd.toString('base64'), c: clip },
      );
      expect(region, `${name} region has text`).toBeGreaterThan(0.01);
    }
    const uhd = await save('3840x2160');
    expect(pngSize(uhd)).toEqual({ width: 3840, height: 2160 });
  });
});

describe('context on an area’s slide', () => {
  it('shows the Songhua and Harbin on the Harbin area’s slide, drawn by MapLibre', async () => {
    const page = await open('?area=harbin');
    const png = await exportSlide(page, 'slide-webgl-harbin');
    const all = { x: 0, y: 0, width: 1920, height: 1080 };
    // Rivers in their own colour (the Songhua runs through the area).
    expect(await colourShare(page, png, all, COLOR.river, 12)).toBeGreaterThan(0.00005);
    // Harbin's capital dot: its dark ring and white disc, at least once on the map.
    expect(await colourShare(page, png, all, CITY.capital.rimColor, 6)).toBeGreaterThan(0.00002);
  });
});

describe('the South China Sea islands on a slide', () => {
  it('puts the inset on a slide of the national view drawn by MapLibre', async () => {
    const page = await open();
    const png = await exportSlide(page, 'slide-webgl-national');
    const inset = { x: 1670, y: 585, width: 230, height: 330 };
    expect(await colourShare(page, png, inset, '#5d6d7a', 40)).toBeGreaterThan(0.001);
    expect(await colourShare(page, png, inset, '#1f2a36', 40)).toBeGreaterThan(0.01);
  });
});

describe('printed handout', () => {
  // Read back from the PDF's text, not its layout: a one-page check once passed while the page
  // silently cut off a measure, the sources and the caveat.
  it('prints the map, the legend and everything the details say, onto a second page if need be', async () => {
    // Pudong is the longest panel: seven measures name it.
    const page = await open('?area=pudong', { width: 1400, height: 900 });
    const named = await page
      .getByRole('list', { name: 'Named in the plan' })
      .locator(':scope > li')
      .evaluateAll((items) => items.map((li) => /^\((\d+)\)/.exec(li.textContent ?? '')?.[1]));
    expect(named).toEqual(['1', '5', '12', '13', '16', '18', '21']);
    const sources = await page.locator('.details .sources li').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(await printHandout(page)).toBe(2200);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.map-column').isVisible()).toBe(false);
    expect(await page.locator('.print-handout img').isVisible()).toBe(true);
    await screenshot(page, 'print-handout-pudong', { fullPage: true });
    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    writeFileSync(`${SHOTS}/print-handout-pudong.pdf`, pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    // Line breaks and column order aside, every word must be there.
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Shanghai Pudong New Area');
    for (const n of named) expect(text, `measure (${n})`).toContain(`(${n})`);
    expect(text).toContain('Implement special policies for talent introduction'); // (18), the last one once shown
    expect(text).toContain('Sources');
    for (const s of sources) expect(text, s).toContain(s.replace(/\s+/g, ' ').trim().slice(0, 40));
    expect(text).toContain('Map data and caveats');
    expect(text).toContain('Not an officially reviewed map');
    expect(text).toContain('Natural Earth');
  });
});

describe('briefing files', () => {
  it('refuses a bad import with a message and changes nothing', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Briefing' }).click();
    await page.locator('.steps > li').first().waitFor(); // the editor's code loads on first showing
    const before = await page.locator('.steps > li').count();
    await page.getByLabel('Import briefing (JSON)').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          version: 1,
          title: 'x',
          steps: [{ bounds: [0, 0, 1, 1], selected: '<script>', caption: 'c' }],
        }),
      ),
    });
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('steps[0].selected: unknown area <script>');
    expect(await page.locator('.steps > li').count()).toBe(before);
  });
});
