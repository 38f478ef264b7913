// A locked-down PC with WebGL switched off: the 2D map is the whole map, with no message in the way,
// and slides and handouts come out drawn in 2D.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { COLOR } from '../../src/map/tokens';
import {
  colourShare,
  exportSlide,
  NO_WEBGL_ARGS,
  pixelStats,
  pngSize,
  printHandout,
  rendererOf,
  SHOTS,
  screenshot,
  shownArea,
  trackPages,
} from './harness';

const pages = trackPages({}, NO_WEBGL_ARGS);

it('draws the whole map in 2D, with no message over it, and the list and details work', async () => {
  const page = await pages.open('?area=zhoushan');
  expect(await rendererOf(page)).toBe('2d');
  expect(await page.getByTestId('map-region').getByRole('alert').count()).toBe(0);
  expect(await page.getByTestId('legend').isVisible()).toBe(true);
  await expect
    .poll(() => shownArea(page))
    .toEqual({ id: 'zhoushan', name: 'Zhejiang Zhoushan Archipelago New Area' });
  await page.getByRole('button', { name: 'Hunan Xiangjiang New Area', exact: true }).click();
  await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
  await page.setViewportSize({ width: 1000, height: 700 }); // the map follows a resize
  await page.waitForTimeout(300);
  const shot = await screenshot(page, 'no-webgl');
  expect((await pixelStats(page, shot)).distinctColours).toBeGreaterThan(40);
});

it('exports a real 16:9 slide and prints a handout, both drawn in 2D', async () => {
  const page = await pages.open('?area=harbin&strategy=northeast', { width: 1400, height: 900 });
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export slide' }).first().click(),
  ]);
  const path = `${SHOTS}/slide-2d-1920x1080.png`;
  await file.saveAs(path);
  const png = readFileSync(path);
  expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  const stats = await pixelStats(page, png);
  expect(stats.distinctColours).toBeGreaterThan(60);
  // An area's slide says where in China the area is: a small map, lower right, framed in ink.
  const locator = { x: 1600, y: 650, width: 296, height: 300 };
  expect(await colourShare(page, png, locator, '#1f2a36', 40)).toBeGreaterThan(0.01);
  expect(await colourShare(page, png, locator, '#fbfaf6', 12)).toBeGreaterThan(0.1); // China's land
  expect(stats.lumaStd).toBeGreaterThan(8);
  // Harbin's slide at the area's zoom carries the context: the Songhua and the other rivers.
  const all = { x: 0, y: 0, width: 1920, height: 1080 };
  expect(await colourShare(page, png, all, COLOR.river, 12)).toBeGreaterThan(0.00005);
  expect(await page.getByRole('status').textContent()).not.toContain('could not be exported');

  expect(await printHandout(page)).toBe(2200);
});

it('puts the South China Sea islands inset on a slide of the national view', async () => {
  const page = await pages.open();
  const png = await exportSlide(page, 'slide-2d-national');
  expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  // Lower right, above the footer: the ten dashes' colour, and the frame's ink.
  const inset = { x: 1670, y: 585, width: 230, height: 330 };
  expect(await colourShare(page, png, inset, '#5d6d7a', 40)).toBeGreaterThan(0.001);
  expect(await colourShare(page, png, inset, '#1f2a36', 40)).toBeGreaterThan(0.01);
  // And not drawn over the country: the same box on China's land has none of the dashes' colour.
  expect(await colourShare(page, png, { ...inset, x: 700 }, '#5d6d7a', 12)).toBeLessThan(0.0005);
});
