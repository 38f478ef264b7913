// The app as `npm start` serves it: a very long link still opens the app (with notices, not the
// browser's error page), and the app works under the server's security headers — MapLibre's worker,
// the GeoJSON, the inlined fonts — with no policy violation, while another site cannot frame it. (The
// rest of the browser tests run through the same server, so slide export, print and the 2D map are
// checked under the headers there: a violation is a console error, which fails them.)
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { trackErrors } from '../../scripts/lib/map-page.mjs';
import { otherSite, shownArea, trackPages, waitForIdle, waitForRenderer } from './harness';

const { open, openRaw } = trackPages({});

const notices = (page: Page) => page.getByTestId('notices').textContent();
const listCount = (page: Page) => page.getByTestId('list-count').textContent();

/** Records the page's Content-Security-Policy violations from before its first script. */
const recordViolations = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

it('opens a ~20 KB link with a notice for the value it ignores, and keeps the rest', async () => {
  const long = 'x'.repeat(20_000);
  const o = await openRaw(`?area=${long}&strategy=yrd`);
  await waitForRenderer(o.page, 'webgl');
  await expect.poll(() => notices(o.page)).toContain(`Ignored area=${'x'.repeat(40)}…: value too long.`);
  await expect.poll(() => listCount(o.page)).toBe('3 of 19 areas');
  // The address bar keeps only what the app applied: a reload sends a short URL.
  expect(await o.page.evaluate(() => window.location.search)).toBe('?strategy=yrd');
  expect(o.responses.filter((r) => r.status >= 400)).toEqual([]);
});

it('opens a link as long as Chromium allows (~2 MB)', async () => {
  const o = await openRaw(`?measure=${'9'.repeat(2 * 1024 * 1024 - 200)}&lang=zh`);
  await expect.poll(() => notices(o.page)).toContain('已忽略 measure=');
  expect(o.responses.filter((r) => r.status >= 400)).toEqual([]);
});

it('sends the security headers, and the app works under them with no policy violation', async () => {
  const page = await open();
  await recordViolations(page);
  const response = await page.goto(new URL('?lang=zh', inject('baseUrl')).href);
  const headers = (await response?.allHeaders()) ?? {};
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("base-uri 'none'; form-action 'none'");
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'self'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  await waitForRenderer(page, 'webgl'); // MapLibre's worker, loaded by URL, runs under the policy too
  await page.getByRole('button', { name: '上海浦东新区', exact: true }).click();
  await expect.poll(() => shownArea(page)).toMatchObject({ id: 'pudong' });
  await waitForIdle(page); // the area's outline GeoJSON, parsed in MapLibre's worker
  // The Chinese text's font faces (some inlined as data: URLs) have loaded.
  expect(await page.evaluate(() => document.fonts.ready.then((f) => f.status))).toBe('loaded');
  expect(await violations(page)).toEqual([]);
});

// Pages in a browser of their own, without the harness's request routing (under which Chromium does
// not ask for a favicon): as a person's browser opens the app.
describe('in a plain browser', () => {
  // Another origin (another port on 127.0.0.1) with a page that frames the app.
  const other = otherSite(`<!doctype html><iframe src="${inject('baseUrl')}"></iframe>`);

  it('opens with no error in the console (no request for a missing /favicon.ico)', async () => {
    const page = await other.browser().newPage();
    const errors = trackErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(inject('baseUrl'));
    await waitForRenderer(page, 'webgl');
    await waitForIdle(page);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another site', async () => {
    const page = await other.browser().newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refused.push(m.text());
    });
    await page.goto(other.url());
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.evaluate(() => document.querySelector('#root') !== null).catch(() => false)).toBe(
      false,
    );
    await page.close();
  });
});
