// The map, the way a person uses it, in either renderer: it loads offline from the production build,
// draws, and a real mouse click on every area — its symbol at national zoom, inside its outline at
// zoom 9 — selects it. Drag, wheel, buttons and keys move it, and the link follows. Run by
// map.e2e.ts (WebGL: MapLibre) and map-2d.e2e.ts (WebGL switched off: the 2D map).
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLOR, LABEL } from '../../src/map/tokens';
import {
  canvasBox,
  colourShare,
  currentView,
  goTo,
  NO_WEBGL_ARGS,
  type Opened,
  pixelStats,
  project,
  type RendererKind,
  readGeo,
  rendererOf,
  screenshot,
  shownArea,
  trackPages,
  waitForIdle,
  waitForRenderer,
} from './harness';

type AreaProps = { id: string; name_en: string; name_zh: string; precision: string };
const points = readGeo<GeoJSON.FeatureCollection<Point, AreaProps>>('areas.points.geojson').features;
const outlines =
  readGeo<GeoJSON.FeatureCollection<Polygon | MultiPolygon, AreaProps>>('areas.hi.geojson').features;

export function mapSuite(mode: RendererKind) {
  const pages = trackPages({ width: 1280, height: 800 }, mode === '2d' ? NO_WEBGL_ARGS : []);
  const shot = (name: string) => `${name}-${mode}`;
  let app: Opened;

  beforeAll(async () => {
    app = await pages.openRaw();
    // With WebGL, the 2D picture first and then MapLibre in its place; without, the 2D map stays.
    await waitForRenderer(app.page, mode);
    await waitForIdle(app.page);
  });

  describe(`the map on first load (${mode})`, () => {
    it('reaches idle with no page errors and no request to another host', async () => {
      expect(app.errors).toEqual([]);
      expect(app.foreign).toEqual([]);
      expect(await rendererOf(app.page)).toBe(mode);
    });

    it(
      mode === 'webgl'
        ? 'loads MapLibre’s worker from the production build'
        : 'never loads MapLibre’s worker',
      async () => {
        const worker = app.responses.find((r) => /maplibre-gl-worker[^/]*\.mjs$/.test(r.url));
        if (mode === 'webgl') {
          expect(worker?.status).toBe(200);
          expect(app.page.workers().length).toBeGreaterThan(0);
        } else expect(worker).toBeUndefined();
      },
    );

    it('draws a map, not a blank canvas', async () => {
      const surface = await app.page.getByTestId('map-surface').screenshot();
      const stats = await pixelStats(app.page, surface);
      expect(stats.distinctColours).toBeGreaterThan(40);
      expect(stats.lumaStd).toBeGreaterThan(8);
      await screenshot(app.page, shot('map-national'));
      // No context at national zoom: no river drawn, and neither its files nor its font fetched.
      const box = await canvasBox(app.page);
      const all = { x: 0, y: 0, width: Math.floor(box.width), height: Math.floor(box.height) };
      expect(await colourShare(app.page, surface, all, COLOR.river, 12)).toBeLessThan(0.0002);
      const fetched = app.responses.map((r) => r.url);
      for (const file of [/water\.geojson$/, /cities\.geojson$/, /atlas-sans-context[^/]*\.woff2$/])
        expect(fetched.filter((u) => file.test(u))).toEqual([]);
    });

    it('opens on the whole of China with every area symbol on screen', async () => {
      const view = await currentView(app.page);
      const box = await canvasBox(app.page);
      for (const p of points) {
        const [lon = 0, lat = 0] = p.geometry.coordinates;
        const at = project(lon, lat, view, box);
        expect(at.x, p.properties.id).toBeGreaterThan(0);
        expect(at.x, p.properties.id).toBeLessThan(box.width);
        expect(at.y, p.properties.id).toBeGreaterThan(0);
        expect(at.y, p.properties.id).toBeLessThan(box.height);
      }
    });
  });

  describe(`clicking areas (${mode})`, () => {
    it('selects each of the 19 areas by a click on its symbol at national zoom', async () => {
      const { page } = app;
      const national = await currentView(page);
      expect(national.zoom).toBeLessThan(5);
      expect(points).toHaveLength(19);
      for (const p of points) {
        // Close the details first: the panel takes width from the map.
        await page.keyboard.press('Escape');
        await expect.poll(() => shownArea(page)).toEqual({ id: null, name: null });
        await goTo(page, national);
        const box = await canvasBox(page);
        const [lon = 0, lat = 0] = p.geometry.coordinates;
        const at = project(lon, lat, national, box);
        await page.mouse.click(box.x + at.x, box.y + at.y);
        await expect
          .poll(() => shownArea(page), { timeout: 5000 })
          .toEqual({ id: p.properties.id, name: p.properties.name_en });
      }
      expect(app.errors).toEqual([]);
    });

    it('selects each of the 19 areas by a click inside its outline at zoom 9', async () => {
      const { page } = app;
      await page.keyboard.press('Escape');
      for (const f of outlines) {
        const target = pointInside(f);
        await goTo(page, { zoom: 9, lat: target[1], lon: target[0] });
        const box = await canvasBox(page);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect
          .poll(() => shownArea(page), { timeout: 5000, message: await afterMiss(page, f.properties.id) })
          .toEqual({ id: f.properties.id, name: f.properties.name_en });
        await page.keyboard.press('Escape');
        await expect.poll(() => shownArea(page)).toEqual({ id: null, name: null });
      }
      expect(app.errors).toEqual([]);
      expect(app.foreign).toEqual([]);
    });
  });

  describe(`hovering (${mode})`, () => {
    /** Counts the map's repaints from now on: each sets aria-busy="true" on the map region. */
    const countRepaints = (page: Opened['page']) =>
      page.evaluate(() => {
        const region = document.querySelector('[data-testid="map-region"]') as HTMLElement;
        const w = window as unknown as { __repaints: number };
        w.__repaints = 0;
        // MapLibre can set true ('render') and false ('idle') in one task: replay the values from
        // the records' old values rather than reading the attribute once.
        new MutationObserver((records) => {
          records.forEach((r, i) => {
            const value = records[i + 1]?.oldValue ?? region.getAttribute('aria-busy');
            if (r.oldValue === 'false' && value === 'true') w.__repaints++;
          });
        }).observe(region, { attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
      });
    const repaints = (page: Opened['page']) =>
      page.evaluate(() => (window as unknown as { __repaints: number }).__repaints);

    it('rings a dot in the page, centred on it, with no map repaint; an outline is thickened on the map', async () => {
      const { page } = app;
      await page.keyboard.press('Escape');
      await expect.poll(() => shownArea(page)).toEqual({ id: null, name: null });
      await page.mouse.move(2, 2);
      const harbin = points.find((p) => p.properties.id === 'harbin');
      const [lon = 0, lat = 0] = harbin?.geometry.coordinates ?? [];
      await goTo(page, { zoom: 4, lat: 40, lon: 110 });
      const view = await currentView(page);
      const box = await canvasBox(page);
      const at = project(lon, lat, view, box);
      await countRepaints(page);
      await page.mouse.move(box.x + at.x + 6, box.y + at.y + 4);
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Harbin New Area');
      const ring = await page.getByTestId('hover-ring').boundingBox();
      expect(ring).not.toBeNull();
      const r = ring as NonNullable<typeof ring>;
      expect(Math.abs(r.x + r.width / 2 - (box.x + at.x))).toBeLessThan(3);
      expect(Math.abs(r.y + r.height / 2 - (box.y + at.y))).toBeLessThan(3);
      expect(r.width).toBeGreaterThanOrEqual(26);
      // Harbin is near the map's right edge: the tooltip turns to the pointer's left, all of it in view.
      const tip = await page.getByRole('tooltip').boundingBox();
      expect(tip).not.toBeNull();
      const t = tip as NonNullable<typeof tip>;
      expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width);
      expect(t.x).toBeGreaterThanOrEqual(box.x);
      await page.waitForTimeout(400); // past the outline's rest delay: nothing is due
      await screenshot(page, shot('hover-dot-harbin'));
      expect(await repaints(page)).toBe(0);

      // Inside an outline at zoom 9 the outline itself is highlighted: one repaint, no ring.
      const outline = outlines.find((f) => f.properties.id === 'harbin');
      const [ilon, ilat] = pointInside(outline as Feature<Polygon | MultiPolygon, AreaProps>);
      await page.mouse.move(2, 2);
      await goTo(page, { zoom: 9, lat: ilat, lon: ilon });
      await countRepaints(page);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Harbin New Area');
      await expect.poll(() => repaints(page)).toBeGreaterThan(0);
      expect(await page.getByTestId('hover-ring').count()).toBe(0);

      // The map moving under the pointer takes the tooltip away (it would point at the wrong place).
      await page.mouse.wheel(0, -300);
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
      expect(app.errors).toEqual([]);
    });
  });

  describe(`screenshots and labels (${mode})`, () => {
    it('renders Chinese labels with the self-hosted font', async () => {
      const zh = await pages.openRaw('?lang=zh');
      await expect.poll(() => rendererOf(zh.page), { timeout: 60_000 }).toBe(mode);
      await waitForIdle(zh.page);
      const font = zh.responses.find((r) => /atlas-sans-\d+[^/]*\.woff2$/.test(r.url));
      expect(font?.status).toBe(200);
      // MapLibre registers each declared font file under a family of its own making, once it draws
      // with it; the 2D map draws with the page's own Atlas Sans.
      const families = await zh.page.evaluate(() =>
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      );
      if (mode === 'webgl') expect(families.some((f) => f !== 'Atlas Sans')).toBe(true);
      else expect(families).toContain('Atlas Sans');
      await goTo(zh.page, { zoom: 6, lat: 31.0, lon: 120.2 });
      const zhShot = await screenshot(zh.page, shot('map-zh-yangtze-z6'));
      const stats = await pixelStats(zh.page, zhShot);
      expect(stats.darkShare).toBeGreaterThan(0.002);
      expect(zh.errors).toEqual([]);
      await zh.context.close();
    });

    it('saves the Yangtze delta at zoom 8 and an approximate area at zoom 9', async () => {
      const wide = await pages.openRaw('#map=8/31.1/120.6', { width: 1600, height: 900 });
      await expect.poll(() => rendererOf(wide.page), { timeout: 60_000 }).toBe(mode);
      await waitForIdle(wide.page);
      await screenshot(wide.page, shot('map-yangtze-delta-z8'));
      const approx = outlines.find((f) => f.properties.id === 'xixian');
      expect(approx?.properties.precision).toBe('approximate');
      const [lon, lat] = pointInside(approx as Feature<Polygon | MultiPolygon, AreaProps>);
      await goTo(wide.page, { zoom: 9, lat, lon });
      await screenshot(wide.page, shot('map-xixian-approximate-z9'));
      expect(wide.errors).toEqual([]);
      expect(wide.foreign).toEqual([]);
      await wide.context.close();
    });
  });

  describe(`context at city zoom (${mode})`, () => {
    it('shows the Yangtze and Shanghai around Pudong at zoom 9, and the river drawn upstream', async () => {
      const page = await pages.open('#map=9/31.2/121.6');
      const view = await currentView(page);
      expect(view.zoom).toBe(9);
      const surface = await page.getByTestId('map-surface').screenshot();
      await screenshot(page, shot('map-pudong-z9'));
      const box = await canvasBox(page);
      const all = { x: 0, y: 0, width: Math.floor(box.width), height: Math.floor(box.height) };
      // The estuary is drawn as sea; the Yangtze's name is written in it, in the water names' colour.
      // (Antialiased small text: its pixels come near the colour, few exactly.)
      expect(await colourShare(page, surface, all, LABEL.water.color, 60)).toBeGreaterThan(0.00002);
      // Shanghai's name beside its dot: ink, wherever its anchor put it, and never on Pudong's name
      // (the area's label wins), so count dark pixels near the dot outside both.
      const shanghai = project(121.472644, 31.231706, view, box);
      const pudong = points.find((p) => p.properties.id === 'pudong')?.geometry.coordinates ?? [0, 0];
      const label = project(pudong[0] ?? 0, pudong[1] ?? 0, view, box);
      const dark = await darkPixels(page, surface, {
        around: shanghai,
        reach: { x: 130, y: 40 },
        skip: [
          { x: shanghai.x, y: shanghai.y, w: 9, h: 9 },
          { x: label.x, y: label.y, w: 60, h: 24 },
        ],
      });
      expect(dark, 'dark text pixels of the Shanghai label').toBeGreaterThan(25);
      expect(LABEL.city.capital.color).toBe('#1f2a36');

      // Upstream, past Nantong, the river itself: a line in its own colour.
      await goTo(page, { zoom: 8, lat: 31.75, lon: 120.5 });
      const upstream = await page.getByTestId('map-surface').screenshot();
      await screenshot(page, shot('map-yangtze-nantong-z8'));
      expect(await colourShare(page, upstream, all, COLOR.river, 12)).toBeGreaterThan(0.0003);
    });
  });

  describe(`the South China Sea islands inset (${mode})`, () => {
    it('shows the inset with the national view, named in both languages, and not once zoomed in', async () => {
      const page = await pages.open();
      const inset = page.getByTestId('map-inset');
      expect(await inset.getAttribute('aria-label')).toBe('South China Sea Islands (南海诸岛)');
      expect(await inset.textContent()).toContain('南海诸岛');
      // Drawn: sea, coasts and the ten dashes, not an empty frame.
      const stats = await pixelStats(page, await inset.locator('canvas').screenshot());
      expect(stats.distinctColours).toBeGreaterThan(10);
      await screenshot(page, shot('inset-national'));
      await page.getByRole('button', { name: '中文', exact: true }).click();
      await expect.poll(() => inset.getAttribute('aria-label')).toBe('南海诸岛 (South China Sea Islands)');
      await goTo(page, { zoom: 6, lat: 31, lon: 120 });
      expect(await page.getByTestId('map-inset').count()).toBe(0);
    });
  });

  describe(`moving the map (${mode})`, () => {
    it('pans with a drag, zooms with the wheel, the buttons and the keys, and the link follows each move', async () => {
      const page = await pages.open('#map=5/32/112');
      const box = await canvasBox(page);
      const start = await currentView(page);
      const settledView = async () => {
        await waitForIdle(page);
        return currentView(page);
      };
      // Drag 200 px to the right: the map's centre moves west.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      const dragged = await settledView();
      expect(dragged.lon).toBeLessThan(start.lon - 1);
      expect(dragged.zoom).toBeCloseTo(start.zoom, 2);
      expect(await shownArea(page)).toEqual({ id: null, name: null }); // a drag is not a click

      await page.mouse.wheel(0, -300);
      const wheeled = await settledView();
      expect(wheeled.zoom).toBeGreaterThan(dragged.zoom + 0.2);

      await page.getByRole('button', { name: 'Zoom out' }).click();
      const out = await settledView();
      expect(out.zoom).toBeCloseTo(wheeled.zoom - 1, 1);

      await page.getByTestId('map-surface').focus();
      await page.keyboard.press('ArrowRight');
      const keyed = await settledView();
      expect(keyed.lon).toBeGreaterThan(out.lon);
      await page.keyboard.press('=');
      expect((await settledView()).zoom).toBeCloseTo(out.zoom + 1, 1);
      // A link to a view opens it; a nonsense camera lands on China with a notice that names it.
      await page.evaluate(() => {
        window.location.hash = '#map=7/30.5/114.3';
      });
      expect(await settledView()).toMatchObject({ zoom: 7, lat: 30.5, lon: 114.3 });
      const bad = await pages.open('#map=NaN/999/-999');
      await expect
        .poll(() => bad.getByRole('status').filter({ hasText: 'Ignored #map=' }).textContent())
        .toContain('showing all of China');
      const china = await currentView(bad);
      expect(china.zoom).toBeLessThan(5);
      expect(china.lon).toBeGreaterThan(95);
      expect(china.lon).toBeLessThan(115);
    });
  });
}

/** Dark (ink) pixels in a box around a point of a screenshot, leaving out boxes (centre ± w, h). */
async function darkPixels(
  page: Opened['page'],
  png: Buffer,
  o: {
    around: { x: number; y: number };
    reach: { x: number; y: number };
    skip: { x: number; y: number; w: number; h: number }[];
  },
): Promise<number> {
  return page.evaluate(
    async ({ b64, o }) => {
      const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(bmp, 0, 0);
      const ratio =
        bmp.width / (document.querySelector('[data-testid="map-surface"]')?.clientWidth ?? bmp.width);
      const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      let n = 0;
      for (let y = Math.round(o.around.y - o.reach.y); y <= o.around.y + o.reach.y; y++) {
        for (let x = Math.round(o.around.x - o.reach.x); x <= o.around.x + o.reach.x; x++) {
          if (o.skip.some((s) => Math.abs(x - s.x) <= s.w && Math.abs(y - s.y) <= s.h)) continue;
          const i = (Math.round(y * ratio) * bmp.width + Math.round(x * ratio)) * 4;
          const l = 0.2126 * (data[i] ?? 255) + 0.7152 * (data[i + 1] ?? 255) + 0.0722 * (data[i + 2] ?? 255);
          if (l < 90) n++;
        }
      }
      return n;
    },
    { b64: png.toString('base64'), o },
  );
}

/** A point well inside the outline, away from the label point so the click lands on the polygon. */
function pointInside(f: Feature<Polygon | MultiPolygon, AreaProps>): [number, number] {
  const label = points.find((p) => p.properties.id === f.properties.id)?.geometry.coordinates ?? [0, 0];
  const [lx = 0, ly = 0] = label;
  for (const r of [0.06, 0.1, 0.04, 0.15]) {
    for (let k = 0; k < 16; k++) {
      const a = (k / 16) * 2 * Math.PI;
      const c: [number, number] = [lx + r * Math.cos(a), ly + r * Math.sin(a)];
      // Inside, and still inside a little further on every side (not on the edge).
      const ring = [0, 1, 2, 3].map((j) => [
        c[0] + 0.01 * Math.cos((j * Math.PI) / 2),
        c[1] + 0.01 * Math.sin((j * Math.PI) / 2),
      ]);
      if ([c, ...ring].every((q) => booleanPointInPolygon(q, f)))
        return [Number(c[0].toFixed(4)), Number(c[1].toFixed(4))];
    }
  }
  throw new Error(`no clear point inside ${f.properties.id}`);
}

/**
 * What a failed click message should say: where the camera and the page were just after the click.
 * (Read eagerly, so the message shows the moment of the click, not the end of the wait.)
 */
async function afterMiss(page: Opened['page'], id: string): Promise<string> {
  const state = await page.evaluate(() => ({
    hash: window.location.hash,
    busy: document.querySelector('[data-testid="map-region"]')?.getAttribute('aria-busy'),
    tooltip: document.querySelector('[role="tooltip"]')?.textContent ?? null,
    details: document.querySelector('aside.details')?.getAttribute('data-area') ?? null,
  }));
  return `click inside ${id}: just after it ${JSON.stringify(state)}`;
}
