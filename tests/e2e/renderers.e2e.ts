// The two renderers on one screen: the 2D picture comes first and MapLibre replaces it at the same
// camera (land, outlines and dots within 1 px); when the WebGL context is lost the 2D map takes over
// at once, with no error and no blank frame, and MapLibre comes back when the context does.
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  canvasBox,
  currentView,
  project,
  readGeo,
  rendererOf,
  screenshot,
  shownArea,
  trackPages,
  waitForIdle,
  waitForRenderer,
} from './harness';

const { open, openRaw } = trackPages({ width: 1280, height: 800 });
const points =
  readGeo<GeoJSON.FeatureCollection<GeoJSON.Point, { id: string }>>('areas.points.geojson').features;

/** Holds every request for the WebGL renderer's chunk until the returned function is called. */
async function holdWebgl(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(/webgl-renderer-[^/]*\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Screenshot of the map surface only. */
const surfaceShot = (page: Page, name: string) =>
  page.getByTestId('map-surface').screenshot({ path: `test-results/screenshots/${name}.png` });

type Compared = { dots: { id: string; dx: number; dy: number }[]; seaMismatch: number; areaMismatch: number };

/**
 * Compares two pictures of the same view: where each dot's colour sits (its centroid near the
 * dot's projected place), and the sea and one area colour as masks, a pixel counting as a mismatch
 * only if the other picture has no such pixel within 1 px.
 */
function compare(
  page: Page,
  a: Buffer,
  b: Buffer,
  dots: { id: string; x: number; y: number }[],
  area: string,
) {
  return page.evaluate(
    async ({ a64, b64, dots, area }) => {
      const decode = async (b: string) => {
        const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b), (c) => c.charCodeAt(0))]));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
        ctx.drawImage(bmp, 0, 0);
        return { w: bmp.width, h: bmp.height, d: ctx.getImageData(0, 0, bmp.width, bmp.height).data };
      };
      const A = await decode(a64);
      const B = await decode(b64);
      const px = (img: typeof A, x: number, y: number) => {
        const i = (y * img.w + x) * 4;
        return [img.d[i] ?? 0, img.d[i + 1] ?? 0, img.d[i + 2] ?? 0];
      };
      const near = (p: number[], q: number[], tol: number) =>
        Math.abs((p[0] ?? 0) - (q[0] ?? 0)) +
          Math.abs((p[1] ?? 0) - (q[1] ?? 0)) +
          Math.abs((p[2] ?? 0) - (q[2] ?? 0)) <=
        tol;
      const hex = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
      // Dots: the colour at the dot's centre in A; its centroid within 9 px, in each picture.
      const centroid = (img: typeof A, x0: number, y0: number, colour: number[]) => {
        let sx = 0;
        let sy = 0;
        let n = 0;
        for (let y = Math.round(y0) - 9; y <= Math.round(y0) + 9; y++)
          for (let x = Math.round(x0) - 9; x <= Math.round(x0) + 9; x++)
            if (near(px(img, x, y), colour, 24)) {
              sx += x;
              sy += y;
              n++;
            }
        return n ? { x: sx / n, y: sy / n } : null;
      };
      const dotsOut = dots.map((d) => {
        const colour = px(A, Math.round(d.x), Math.round(d.y));
        const ca = centroid(A, d.x, d.y, colour);
        const cb = centroid(B, d.x, d.y, colour);
        return { id: d.id, dx: ca && cb ? cb.x - ca.x : 99, dy: ca && cb ? cb.y - ca.y : 99 };
      });
      // Labels are placed by each renderer its own way (and MapLibre's halo is soft): pixels near any
      // text or halo in either picture are left out of the masks.
      const W = A.w;
      const H = A.h;
      const labelish = new Uint8Array(W * H);
      for (const img of [A, B])
        for (let i = 0; i < W * H; i++) {
          const r = img.d[i * 4] ?? 0;
          const g = img.d[i * 4 + 1] ?? 0;
          const b = img.d[i * 4 + 2] ?? 0;
          if (Math.min(r, g, b) >= 248 || r + g + b < 400) labelish[i] = 1;
        }
      const R = 4;
      const grow = (src: Uint8Array, at: (i: number, d: number) => number) => {
        const out = new Uint8Array(src.length);
        for (let i = 0; i < src.length; i++)
          for (let d = -R; d <= R; d++)
            if (src[at(i, d)]) {
              out[i] = 1;
              break;
            }
        return out;
      };
      const clampX = (i: number, d: number) => {
        const x = i % W;
        return i - x + Math.min(W - 1, Math.max(0, x + d));
      };
      const clampY = (i: number, d: number) => {
        const y = Math.floor(i / W);
        return Math.min(H - 1, Math.max(0, y + d)) * W + (i % W);
      };
      const nearLabel = grow(grow(labelish, clampX), clampY);
      const mismatch = (colour: number[], tol: number) => {
        let bad = 0;
        let total = 0;
        const is = (img: typeof A, x: number, y: number) => near(px(img, x, y), colour, tol);
        const within1 = (img: typeof A, x: number, y: number) => {
          for (let dy = -1; dy <= 1; dy++)
            for (let dx = -1; dx <= 1; dx++) if (is(img, x + dx, y + dy)) return true;
          return false;
        };
        for (let y = 1; y < H - 1; y++)
          for (let x = 1; x < W - 1; x++) {
            if (nearLabel[y * W + x]) continue;
            const inA = is(A, x, y);
            const inB = is(B, x, y);
            if (inA) total++;
            if ((inA && !within1(B, x, y)) || (inB && !within1(A, x, y))) bad++;
          }
        return total ? bad / total : 0;
      };
      return {
        dots: dotsOut,
        seaMismatch: mismatch(hex('#dce8f1'), 6),
        areaMismatch: mismatch(hex(area), 40),
      };
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), dots, area },
  ) as Promise<Compared>;
}

describe('hand-over from the 2D picture to MapLibre', () => {
  for (const [name, hash, area] of [
    ['national view', '', '#e69f00'],
    ['the Yangtze delta at zoom 8', '#map=8/31.1/121.2', '#e69f00'],
  ] as const) {
    it(`shows the same camera before and after, to within 1 px: ${name}`, async () => {
      const o = await openRaw('about:blank');
      const release = await holdWebgl(o.page);
      await o.page.goto(new URL(hash, inject('baseUrl')).href);
      await waitForRenderer(o.page, '2d');
      await waitForIdle(o.page);
      const view = await currentView(o.page);
      const before = await surfaceShot(o.page, `handover-before-${hash ? 'z8' : 'national'}`);
      expect(await rendererOf(o.page)).toBe('2d');
      release();
      await waitForRenderer(o.page, 'webgl');
      await waitForIdle(o.page);
      expect(await currentView(o.page)).toEqual(view);
      const after = await surfaceShot(o.page, `handover-after-${hash ? 'z8' : 'national'}`);
      const box = await canvasBox(o.page);
      const dots =
        view.zoom < 7
          ? points
              .map((p) => {
                const [lon = 0, lat = 0] = p.geometry.coordinates;
                return { id: p.properties.id, ...project(lon, lat, view, box) };
              })
              .filter((d) => d.x > 12 && d.y > 12 && d.x < box.width - 12 && d.y < box.height - 12)
          : [];
      const c = await compare(o.page, before, after, dots, area);
      for (const d of c.dots) {
        expect(Math.abs(d.dx), `${d.id} x`).toBeLessThanOrEqual(1);
        expect(Math.abs(d.dy), `${d.id} y`).toBeLessThanOrEqual(1);
      }
      // Labels are placed by each renderer in its own way; land and outlines are not.
      expect(c.seaMismatch).toBeLessThan(0.002);
      if (view.zoom >= 6) expect(c.areaMismatch).toBeLessThan(0.05);
    });
  }
});

describe('a lost WebGL context', () => {
  it('hands the map to the 2D renderer at once, keeps working, and takes MapLibre back on restore', async () => {
    const page = await open('?area=pudong');
    await waitForRenderer(page, 'webgl');
    const view = await currentView(page);
    // Watch the hand-back: the 2D canvas must already hold a picture in the frame it shows.
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="map-region"]') as HTMLElement;
      const w = window as unknown as { __handback: number[] };
      new MutationObserver(() => {
        if (region.dataset.renderer !== '2d') return;
        const c = region.querySelector('canvas.map-2d') as HTMLCanvasElement;
        const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 97)
          colours.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
        w.__handback = [colours.size, c.hidden ? 1 : 0];
      }).observe(region, { attributes: true, attributeFilter: ['data-renderer'] });
      const gl = (document.querySelector('.map-webgl canvas') as HTMLCanvasElement).getContext('webgl2');
      const lose = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = lose ?? null;
      lose?.loseContext();
    });
    await waitForRenderer(page, '2d', 5000);
    const [colours, hidden] = await page.evaluate(
      () => (window as unknown as { __handback: number[] }).__handback,
    );
    expect(colours).toBeGreaterThan(20);
    expect(hidden).toBe(0);
    await waitForIdle(page);
    expect(await currentView(page)).toEqual(view);
    await screenshot(page, 'context-lost-2d');

    // Selections, filters and clicks on the map all work on the 2D map, and throw nothing.
    await page.getByRole('button', { name: 'Hunan Xiangjiang New Area', exact: true }).click();
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xiangjiang' });
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await page.getByRole('button', { name: 'Yangtze River Delta' }).click();
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    const national = { zoom: 4, lat: 33, lon: 113 };
    await page.evaluate((h) => {
      window.location.hash = h;
    }, `#map=${national.zoom}/${national.lat}/${national.lon}`);
    await waitForIdle(page);
    const box = await canvasBox(page);
    const xixian = points.find((p) => p.properties.id === 'xixian')?.geometry.coordinates ?? [0, 0];
    const at = project(xixian[0] ?? 0, xixian[1] ?? 0, await currentView(page), box);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect.poll(() => shownArea(page)).toMatchObject({ id: 'xixian' });
    expect(await rendererOf(page)).toBe('2d');
    // The selection is framed (the camera moves in to its outline).
    await expect.poll(async () => (await currentView(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(6);

    // The context comes back: MapLibre rebuilds and takes the screen again, at the same camera.
    await waitForIdle(page);
    const before = await currentView(page);
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await waitForRenderer(page, 'webgl', 30_000);
    await waitForIdle(page);
    expect(await currentView(page)).toEqual(before);
    await screenshot(page, 'context-restored-webgl');
  });
});
