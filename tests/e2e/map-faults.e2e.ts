// The map's files failing as a broken network or server fails them: the light GeoJSON refused or cut
// short, a detailed file missing, MapLibre's worker blocked. Each time the page says what is missing
// in plain words within 5 s, aria-busy stops saying the map is coming, and the list still works.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Opened,
  openApp,
  rendererOf,
  screenshot,
  shownArea,
  startBrowser,
  waitForIdle,
  waitForRenderer,
} from './harness';

let browser: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app with one kind of request failed; the page's errors are checked by each test. */
async function openFailing(
  path: string,
  url: RegExp,
  fail: 'abort' | 'truncate' | 'missing',
): Promise<Opened> {
  const o = await openApp(browser, 'about:blank');
  await o.page.route(url, async (route) => {
    if (fail === 'abort') return route.abort('blockedbyclient');
    if (fail === 'missing') return route.fulfill({ status: 404, body: 'not found' });
    const res = await route.fetch();
    const body = await res.text();
    return route.fulfill({ response: res, body: body.slice(0, Math.floor(body.length / 2)) });
  });
  await o.page.goto(new URL(path, inject('baseUrl')).href);
  return o;
}

const busy = (page: Page) => page.getByTestId('map-region').getAttribute('aria-busy');
/** Page errors, less the failed requests the test caused on purpose. */
const unexpected = (o: Opened, caused: RegExp) => o.errors.filter((e) => !caused.test(e));

async function listStillWorks(page: Page) {
  await page.getByRole('button', { name: 'Hunan Xiangjiang New Area', exact: true }).click();
  await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
}

describe('the map when its files fail', () => {
  for (const fail of ['abort', 'truncate'] as const) {
    it(`says which file it could not load (${fail === 'abort' ? 'refused' : 'cut short'}), offers to try again, and the list works`, async () => {
      const o = await openFailing('', /geo\/light\.json$/, fail);
      const alert = o.page.getByTestId('map-region').getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain('light.json');
      expect(await alert.textContent()).toContain('The list and the details still work');
      await expect.poll(() => busy(o.page), { timeout: 5000 }).toBe('false');
      await listStillWorks(o.page);
      await screenshot(o.page, `map-data-failed-${fail}`);
      // Let the file through and try again: the map draws.
      await o.page.unroute(/geo\/light\.json$/);
      await alert.getByRole('button', { name: 'Try again' }).click();
      await waitForRenderer(o.page, '2d', 10_000).catch(() => waitForRenderer(o.page, 'webgl', 10_000));
      expect(await o.page.getByTestId('map-region').getByRole('alert').count()).toBe(0);
      expect(unexpected(o, /Failed to load resource|light\.json/)).toEqual([]);
      await o.context.close();
    });
  }

  it('draws on with the light outlines when a detailed file is missing, and names it', async () => {
    const o = await openFailing('#map=8/31.1/121.2', /geo\/provinces\.hi\.geojson$/, 'missing');
    await expect
      .poll(() => o.page.getByRole('status').textContent(), { timeout: 5000 })
      .toContain('provinces.hi.geojson');
    await waitForIdle(o.page);
    expect(await busy(o.page)).toBe('false');
    expect(await rendererOf(o.page)).not.toBeNull();
    await listStillWorks(o.page);
    expect(unexpected(o, /Failed to load resource|404|provinces\.hi/)).toEqual([]);
    await o.context.close();
  });

  it('keeps the 2D map, not busy, when MapLibre’s worker is blocked', async () => {
    const o = await openFailing('', /maplibre-gl-worker[^/]*\.mjs$/, 'abort');
    await waitForRenderer(o.page, '2d', 5000);
    await waitForIdle(o.page);
    await o.page.waitForTimeout(3000); // long enough for MapLibre to have taken over, had it loaded
    expect(await rendererOf(o.page)).toBe('2d');
    expect(await busy(o.page)).toBe('false');
    await listStillWorks(o.page);
    expect(o.foreign).toEqual([]);
    await o.context.close();
  });
});
