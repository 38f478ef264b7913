// A 2-second pan and zoom gesture on the map, as a hand makes it: a drag back and forth, then the
// wheel turned in and out, with input events coming faster than frames, so the map has a new camera
// for every frame it can draw. The figure is the frame rate the page kept meanwhile: every map frame
// is drawn inside an animation frame, so a slow paint shows as a long frame interval.
import { visibleBox, waitSettled } from './page.mjs';

/** @typedef {{ frames: number, ms: number, fps: number, medianFps: number }} GestureResult */

/**
 * @param {import('playwright-core').Page} page
 * @param {number} [ms]  how long the gesture lasts
 * @returns {Promise<GestureResult>}
 */
export async function panZoomGesture(page, ms = 2000) {
  await waitSettled(page);
  const box = await visibleBox(page.getByTestId('map-surface'));
  const cx = box.x + box.width * 0.45;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = /** @type {Window & { __frames?: number[], __framesOn?: boolean }} */ (window);
    w.__frames = [];
    w.__framesOn = true;
    const tick = (/** @type {number} */ t) => {
      if (!w.__framesOn) return;
      w.__frames?.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  const half = ms / 2;
  // The drag: 120 px right and back, in small steps.
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let dir = 1;
  while (Date.now() - started < half) {
    for (let i = 1; i <= 12; i++) await page.mouse.move(cx + dir * i * 10, cy + dir * i * 3);
    dir = -dir;
    await page.mouse.move(cx, cy);
  }
  await page.mouse.up();
  // The wheel: in, then out again.
  let turn = -1;
  while (Date.now() - started < ms) {
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, turn * 40);
    turn = -turn;
  }
  const frames = await page.evaluate(() => {
    const w = /** @type {Window & { __frames?: number[], __framesOn?: boolean }} */ (window);
    w.__framesOn = false;
    return w.__frames ?? [];
  });
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  const sorted = [...intervals].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  return {
    frames: frames.length,
    ms: span,
    fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0,
    medianFps: 1000 / median,
  };
}
