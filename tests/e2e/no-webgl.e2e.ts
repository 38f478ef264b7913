// A locked-down PC with WebGL switched off: the map region says why it is empty, nothing throws,
// and the list and the details still work.
import { expect, it } from 'vitest';
import { screenshot, shownArea, trackPages } from './harness';

const pages = trackPages({}, ['--disable-3d-apis']);

it('explains the missing map and keeps the rest of the app working', async () => {
  const { page, errors, foreign } = await pages.openRaw('?area=zhoushan');
  const alert = page.getByTestId('map-region').getByRole('alert');
  await expect.poll(() => alert.textContent()).toContain('The map cannot be drawn in this browser');
  expect(await page.getByTestId('map-region').getAttribute('aria-busy')).toBe('false');
  await expect
    .poll(() => shownArea(page))
    .toEqual({ id: 'zhoushan', name: 'Zhejiang Zhoushan Archipelago New Area' });
  await page.getByRole('button', { name: 'Hunan Xiangjiang New Area', exact: true }).click();
  await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
  await page.setViewportSize({ width: 1000, height: 700 }); // nothing left behind reacts to a resize
  await page.waitForTimeout(300);
  await screenshot(page, 'no-webgl');
  // The message is what a person sees there: nothing (legend, details) lies over its middle.
  const uncovered = await alert.evaluate((el) => {
    const r = el.querySelector('p')?.getBoundingClientRect();
    if (!r || r.width === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
  expect(uncovered).toBe(true);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
