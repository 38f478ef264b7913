// The timeline's picture on the map, for both renderers' browser tests: which areas the data says
// were approved by a year, and whether each sampled dot is drawn in full or dimmed.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { areas } from '../../src/data/areas';
import { canvasBox, currentView, type DecodedPng, decodePng, project, waitForIdle } from './harness';

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
  await decodePng(page, await page.screenshot());
  return page.evaluate((at) => {
    const { data, width } = (window as unknown as DecodedPng).__decodedPng;
    const out: Record<string, [number, number, number]> = {};
    for (const [id, p] of Object.entries(at)) {
      // The mean over the 3×3 pixels around the dot's centre.
      const sum = [0, 0, 0];
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++)
          for (let c = 0; c < 3; c++)
            sum[c] = (sum[c] ?? 0) + (data[((p.y + dy) * width + p.x + dx) * 4 + c] ?? 0);
      out[id] = [(sum[0] ?? 0) / 9, (sum[1] ?? 0) / 9, (sum[2] ?? 0) / 9];
    }
    return out;
  }, at);
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
