// The timeline's picture on the map, for both renderers' browser tests: which areas the data says
// were approved by a year, and whether each sampled dot is drawn in full or dimmed.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { areas } from '../../src/data/areas';
import { canvasBox, currentView, project, waitForIdle } from './harness';

export const yearOf = (id: string) => Number(areas.find((a) => a.id === id)?.approval.value.date.slice(0, 4));
export const approvedBy = (year: number) => areas.filter((a) => yearOf(a.id) <= year).map((a) => a.name.en);

/** Dots far enough apart at the national view to sample one by one. */
const SAMPLED = [
  'liangjiang',
  'lanzhou',
  'xixian',
  'guian',
  'central-yunnan',
  'harbin',
  'changchun',
  'xiongan',
];

type Rgb = [number, number, number];
/** The colour at each sampled dot (the mean over 3×3 pixels). */
export async function dotColours(page: Page): Promise<Record<string, Rgb>> {
  const view = await currentView(page);
  const box = await canvasBox(page);
  const at = Object.fromEntries(
    SAMPLED.map((id) => {
      const a = areas.find((x) => x.id === id);
      if (!a) throw new Error(id);
      const p = project(a.point.value.lon, a.point.value.lat, view, box);
      return [id, { x: Math.round(box.x + p.x), y: Math.round(box.y + p.y) }];
    }),
  );
  const png = await page.screenshot();
  return page.evaluate(
    async ({ b64, at }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bmp, 0, 0);
      const out: Record<string, [number, number, number]> = {};
      for (const [id, p] of Object.entries(at)) {
        const { data } = ctx.getImageData(p.x - 1, p.y - 1, 3, 3);
        const mean = (c: number) => data.filter((_, i) => i % 4 === c).reduce((a, b) => a + b, 0) / 9;
        out[id] = [mean(0), mean(1), mean(2)];
      }
      return out;
    },
    { b64: png.toString('base64'), at },
  );
}

const distance = (a: Rgb = [0, 0, 0], b: Rgb = [0, 0, 0]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
export type Refs = { full: Record<string, Rgb>; dimmed: Record<string, Rgb> };

/** Asserts each sampled dot is drawn as in full where its area was approved by `year`, and as
 * dimmed elsewhere: its colour's place between the two references (0 dimmed, 1 full). */
export async function expectDots(page: Page, year: number, refs: Refs) {
  await waitForIdle(page);
  const now = await dotColours(page);
  for (const id of SAMPLED) {
    const shown = yearOf(id) <= year;
    const span = distance(refs.full[id], refs.dimmed[id]);
    expect(span, `${id}: dimmed and full differ`).toBeGreaterThan(20);
    const share = 1 - distance(now[id], refs.full[id]) / span;
    expect(shown ? share > 0.8 : share < 0.2, `${id} at ${year}: ${share.toFixed(2)}`).toBe(true);
  }
}
