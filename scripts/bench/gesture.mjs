// A 2-second pan and zoom gesture on the map: a drag back and forth, then the wheel turned in and
// out. The input is made in the page, an event every 4 ms (a browser driven from outside delivers
// only ~25 a second, fewer than the frames, and the map would seem faster than it is), so the map has
// a new camera for every frame it can draw. Two figures: the page's frame rate meanwhile (every map
// frame is drawn inside an animation frame, so a slow paint shows as a long frame interval), and how
// many of those frames showed a new picture (a strip of the map's pixels read each frame).
import { waitSettled } from './page.mjs';

/** @typedef {{ frames: number, changed: number, ms: number, medianFps: number, pictureFps: number }} GestureResult */

/**
 * @param {import('playwright-core').Page} page
 * @param {number} [ms]  how long the gesture lasts
 * @returns {Promise<GestureResult>}
 */
export async function panZoomGesture(page, ms = 2000) {
  await waitSettled(page);
  return page.evaluate(async (duration) => {
    const surface = /** @type {HTMLElement} */ (document.querySelector('[data-testid="map-surface"]'));
    const canvas = /** @type {HTMLCanvasElement | null} */ (
      document.querySelector('canvas.map-2d:not([hidden])')
    );
    const box = surface.getBoundingClientRect();
    const cx = box.left + box.width * 0.45;
    const cy = box.top + box.height / 2;
    const mouse = (
      /** @type {string} */ type,
      /** @type {number} */ x,
      /** @type {number} */ y,
      /** @type {EventTarget} */ target = window,
    ) =>
      target.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: x,
          clientY: y,
          button: 0,
        }),
      );
    /** @type {number[]} */
    const frames = [];
    let changed = 0;
    let last = '';
    let on = true;
    const strip = () => {
      if (!canvas) return '';
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      const d = ctx?.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 1).data ?? [];
      let h = 0;
      for (let i = 0; i < d.length; i += 16) h = (h * 31 + (d[i] ?? 0) * 3 + (d[i + 1] ?? 0)) | 0;
      return String(h);
    };
    const tick = (/** @type {number} */ t) => {
      if (!on) return;
      frames.push(t);
      const s = strip();
      if (s !== last) changed++;
      last = s;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const start = performance.now();
    const half = duration / 2;
    await new Promise((done) => {
      mouse('mousedown', cx, cy, surface);
      const timer = setInterval(() => {
        const t = performance.now() - start;
        if (t < half) {
          mouse(
            'mousemove',
            cx + 120 * Math.sin((t / 500) * Math.PI),
            cy + 30 * Math.sin((t / 250) * Math.PI),
          );
          return;
        }
        if (t < half + 4) mouse('mouseup', cx, cy);
        if (t >= duration) {
          clearInterval(timer);
          done(null);
          return;
        }
        const zoomIn = Math.floor((t - half) / 250) % 2 === 0;
        surface.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            clientX: cx,
            clientY: cy,
            deltaY: zoomIn ? -12 : 12,
          }),
        );
      }, 4);
    });
    on = false;
    const intervals = frames.slice(1).map((f, i) => f - (frames[i] ?? f));
    const sorted = [...intervals].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
    return {
      frames: frames.length,
      changed,
      ms: span,
      medianFps: 1000 / median,
      pictureFps: span > 0 ? (changed * 1000) / span : 0,
    };
  }, ms);
}
