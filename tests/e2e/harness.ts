// Shared browser-test plumbing: open the built app in Chromium, record errors and any request to
// another host, wait for the map to be idle, turn coordinates into clicks, and measure pixels.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { parseView, sameView, trackErrors, type View, waitMapSettled } from '../../scripts/lib/map-page.mjs';
import { type StaticServer, serveStatic } from '../../scripts/lib/serve.mjs';
import fontManifest from '../../src/fonts/fonts.generated.json';

export { NO_WEBGL_ARGS } from '../../scripts/lib/chromium.mjs';
export { project, type View } from '../../scripts/lib/map-page.mjs';

export const SHOTS = 'test-results/screenshots';

export type RendererKind = '2d' | 'webgl';

/** Which renderer the map region says is on screen. */
export const rendererOf = (page: Page) =>
  page.getByTestId('map-region').getAttribute('data-renderer') as Promise<RendererKind | null>;

/** Waits until a renderer is on screen. */
export async function waitForRenderer(page: Page, kind: RendererKind, timeout = 60_000): Promise<void> {
  const handle = await page.waitForFunction(
    (k) => document.querySelector('[data-testid="map-region"]')?.getAttribute('data-renderer') === k,
    kind,
    { timeout },
  );
  await handle.dispose();
}

export type Opened = {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Requests to any host but 127.0.0.1 (aborted). */
  foreign: string[];
  /** Every URL the page requested, with its status. */
  responses: { url: string; status: number }[];
};

export function startBrowser(extraArgs: string[] = []): Promise<Browser> {
  return launchChromium(extraArgs);
}

/**
 * Another site (another port on 127.0.0.1) serving one page, `html`, and a browser of its own for the
 * suite, without the harness's request routing, which would hide a framing refusal. `url()` is the
 * page's address; both start before the suite and go after it.
 */
export function otherSite(html: string) {
  let dir = '';
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-other-site-'));
    writeFileSync(join(dir, 'index.html'), html);
    site = await serveStatic(dir);
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const started = <T>(x: T | undefined): T => {
    if (!x) throw new Error('otherSite: not started');
    return x;
  };
  return { url: () => started(site).url, browser: () => started(browser) };
}

/**
 * Opens `path` in a browser of its own whose requests for `pattern` are refused, as a broken network
 * or a policy would (its own browser: the refused file is logged as a console error, which tracked
 * pages forbid), hands the page to `run`, and closes the browser after.
 */
export async function withRefused(pattern: string, path: string, run: (page: Page) => Promise<void>) {
  const browser = await startBrowser();
  try {
    const page = await browser.newPage();
    await page.route(pattern, (r) => r.abort());
    await page.goto(new URL(path, inject('baseUrl')).href);
    await run(page);
  } finally {
    await browser.close();
  }
}

export async function openApp(
  browser: Browser,
  path = '',
  opts: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference'; locale?: string } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    locale: opts.locale ?? 'en-GB',
  });
  const foreign: string[] = [];
  const responses: { url: string; status: number }[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const page = await context.newPage();
  const errors = trackErrors(page);
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { page, context, errors, foreign, responses };
}

/** Waits until the map region says it is idle, and stays so for a moment (no follow-up frame). */
export function waitForIdle(page: Page, timeout = 60_000): Promise<void> {
  return waitMapSettled(page, { timeout });
}

/** The camera as MapLibre wrote it into the URL hash (#map=zoom/lat/lon). */
export async function currentView(page: Page): Promise<View> {
  const hash = await page.evaluate(() => window.location.hash);
  const view = parseView(hash);
  if (!view) throw new Error(`no camera in the hash: ${hash}`);
  return view;
}

/** The map's box on the page: the surface both renderers draw on. */
export async function canvasBox(page: Page) {
  const box = await page.getByTestId('map-surface').boundingBox();
  if (!box) throw new Error('no map surface');
  return box;
}

/** Moves the camera through the URL hash, as a bookmarked link would, and waits for idle. */
export async function goTo(page: Page, view: View): Promise<void> {
  const want = `#map=${view.zoom}/${view.lat}/${view.lon}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, want);
    await waitForIdle(page);
    if (sameView(await currentView(page), view)) return;
  }
  throw new Error(
    `the map did not move to ${want}; it shows ${await page.evaluate(() => window.location.hash)}`,
  );
}

export type PixelStats = {
  width: number;
  height: number;
  distinctColours: number;
  lumaStd: number;
  darkShare: number;
};

/** A page-side slot for the PNG decodePng decoded last. */
export type DecodedPng = { __decodedPng: ImageData };

/**
 * Decodes a PNG in the page (no image library needed in Node) into `window.__decodedPng`, for an
 * evaluate that reads its pixels next.
 */
export async function decodePng(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bmp, 0, 0);
    (window as unknown as DecodedPng).__decodedPng = ctx.getImageData(0, 0, bmp.width, bmp.height);
  }, png.toString('base64'));
}

/** Statistics of a PNG's pixels. */
export async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  await decodePng(page, png);
  return page.evaluate(() => {
    const { data, width, height } = (window as unknown as DecodedPng).__decodedPng;
    const colours = new Set<number>();
    let sum = 0;
    let sum2 = 0;
    let dark = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0;
      const g = data[i + 1] ?? 0;
      const b = data[i + 2] ?? 0;
      colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += l;
      sum2 += l * l;
      if (l < 90) dark++;
    }
    const mean = sum / n;
    return {
      width,
      height,
      distinctColours: colours.size,
      lumaStd: Math.sqrt(Math.max(0, sum2 / n - mean * mean)),
      darkShare: dark / n,
    };
  });
}

export async function screenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<Buffer> {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: opts.fullPage ?? false });
}

export function readGeo<T = GeoJSON.FeatureCollection>(file: string): T {
  return JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as T;
}

/** The selected area, as the app shows it: the details aside's id and heading. */
export async function shownArea(page: Page): Promise<{ id: string | null; name: string | null }> {
  const aside = page.locator('aside.details');
  if ((await aside.count()) === 0) return { id: null, name: null };
  return { id: await aside.getAttribute('data-area'), name: await aside.locator('h2').textContent() };
}

type OpenOptions = Parameters<typeof openApp>[2];

/**
 * One browser for a test file, and every page it opens checked at the end for page errors and for
 * requests to other hosts. Call at the top level of a test file. `open` waits for the renderer the
 * browser will end on (MapLibre where it has WebGL, else the 2D map), so no hand-over happens
 * during a test that does not ask for one.
 */
export function trackPages(defaults: OpenOptions = {}, browserArgs: string[] = []) {
  const settled: RendererKind = browserArgs.includes('--disable-3d-apis') ? '2d' : 'webgl';
  let browser: Browser | undefined;
  const opened: Opened[] = [];
  beforeAll(async () => {
    browser = await startBrowser(browserArgs);
  });
  afterAll(async () => {
    for (const o of opened) {
      expect(o.errors, 'page errors').toEqual([]);
      expect(o.foreign, 'requests to other hosts').toEqual([]);
    }
    await browser?.close();
  });
  return {
    /** Opens the app, waits for its map to settle, and remembers the page for the final checks. */
    async open(path = '', opts: OpenOptions = defaults): Promise<Page> {
      if (!browser) throw new Error('trackPages: the browser has not started');
      const o = await openApp(browser, path, opts);
      opened.push(o);
      await waitForRenderer(o.page, settled);
      await waitForIdle(o.page);
      return o.page;
    },
    /** Opens without waiting, for tests that watch the page start. */
    async openRaw(path = '', opts: OpenOptions = defaults): Promise<Opened> {
      if (!browser) throw new Error('trackPages: the browser has not started');
      const o = await openApp(browser, path, opts);
      opened.push(o);
      return o;
    },
  };
}

/** PNG width and height from the IHDR chunk. */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * Presses "Print handout" with the browser's print dialog stubbed out, waits until the app asks to
 * print, and returns the width of the map image on the page.
 */
export async function printHandout(page: Page): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Print handout' }).first().click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), { timeout: 60_000 })
    .toBe(1);
  return page.locator('.print-handout img').evaluate((img) => (img as HTMLImageElement).naturalWidth);
}

/** The share of a PNG region's pixels within `tol` (sum of channel differences) of a colour. */
export function colourShare(
  page: Page,
  png: Buffer,
  clip: { x: number; y: number; width: number; height: number },
  hex: string,
  tol = 30,
): Promise<number> {
  return page.evaluate(
    async ({ b64, c, hex, tol }) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))]));
      const canvas = new OffscreenCanvas(c.width, c.height);
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(bmp, -c.x, -c.y);
      const d = ctx?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let hit = 0;
      for (let i = 0; i < d.length; i += 4) {
        const diff =
          Math.abs((d[i] ?? 0) - (r ?? 0)) +
          Math.abs((d[i + 1] ?? 0) - (g ?? 0)) +
          Math.abs((d[i + 2] ?? 0) - (b ?? 0));
        if (diff <= tol) hit++;
      }
      return hit / (d.length / 4);
    },
    { b64: png.toString('base64'), c: clip, hex, tol },
  );
}

/** Exports the current view as a 1920 × 1080 slide and returns the PNG. */
export async function exportSlide(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export slide' }).first().click(),
  ]);
  const path = `${SHOTS}/${name}.png`;
  await file.saveAs(path);
  return readFileSync(path);
}

export type Loaded = { what: string; ok: boolean; error?: string };

/** Every face of the app's font the page registers loads and decodes: a file Chromium's sanitiser
 * (OTS) rejects draws nothing, and its characters fall back to the machine's fonts or to boxes. */
export async function expectEveryFaceDecodes(page: Page): Promise<void> {
  const loaded: Loaded[] = await page.evaluate(() =>
    Promise.all(
      [...document.fonts].map(async (face) => {
        const what = `${face.family.replace(/^"|"$/g, '')} ${face.unicodeRange}`;
        try {
          await face.load();
          return { what, ok: true };
        } catch (e) {
          return { what, ok: false, error: String(e) };
        }
      }),
    ),
  );
  expect(loaded.filter((f) => !f.ok)).toEqual([]);
  expect(loaded.filter((f) => f.what.startsWith(fontManifest.family)).length).toBe(fontManifest.files.length);
}
