// Framing a box: inside the space the padding leaves; where that space is too small at the map's
// farthest zoom (a small screen, 200 % zoom), the whole box still on the map, clear of its edges.
import { describe, expect, it } from 'vitest';
import { CHINA } from '../../src/data/bounds';
import { type Camera, type Padding, project, type Size } from '../../src/map/camera';
import { ZOOM } from '../../src/map/tokens';
import { frameBox, framePadding, STEP_FRAME } from '../../src/map/views';

/** China framed as a briefing step is; a test fails here if there is no frame at all. */
function frame(size: Size, padding: Padding): Camera {
  const camera = frameBox(CHINA, size, padding, STEP_FRAME);
  if (!camera) throw new Error('no frame');
  return camera;
}

/** Where the middle of China's box lands on the screen. */
function centreOfChina(camera: Camera, size: Size) {
  const a = project(camera, size, CHINA[0], CHINA[3]);
  const b = project(camera, size, CHINA[2], CHINA[1]);
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

describe('frameBox', () => {
  it('puts the box in the middle of the space the padding leaves', () => {
    const size = { width: 1280, height: 800 };
    const padding = framePadding({ top: 0, right: 380, bottom: 120, left: 0 });
    const c = centreOfChina(frame(size, padding), size);
    expect(c.x).toBeCloseTo((padding.left + size.width - padding.right) / 2, 0);
    expect(c.y).toBeCloseTo((padding.top + size.height - padding.bottom) / 2, 0);
  });

  it('at 200 % zoom (640 × 400), where China does not fit beside the legend, keeps it whole on the map', () => {
    const size = { width: 640, height: 400 };
    // What the controller reserves on a narrow map: the legend's column (coveredInsets).
    const padding = framePadding({ top: 0, right: 0, bottom: 0, left: 280 });
    const camera = frame(size, padding);
    expect(camera.zoom).toBeGreaterThanOrEqual(ZOOM.min);
    const nw = project(camera, size, CHINA[0], CHINA[3]);
    const se = project(camera, size, CHINA[2], CHINA[1]);
    // The whole box, 50 px clear of the edges, as far towards the legend-free side as that allows.
    expect(nw.x).toBeGreaterThanOrEqual(49.5);
    expect(se.x).toBeCloseTo(size.width - 50, 0);
    expect(nw.y).toBeGreaterThanOrEqual(49.5);
    expect(se.y).toBeLessThanOrEqual(size.height - 49.5);
    // Shanghai and Kashgar, China's east and west, are both on the screen.
    for (const [lon, lat] of [
      [121.47, 31.23],
      [75.99, 39.47],
    ] as const) {
      const p = project(camera, size, lon, lat);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(size.width);
    }
  });

  it('frames the box in the whole map where the padding leaves no room at all', () => {
    const size = { width: 300, height: 200 };
    const c = centreOfChina(frame(size, framePadding({ top: 0, right: 0, bottom: 200, left: 0 })), size);
    expect(c.x).toBeCloseTo(150, 0);
    expect(c.y).toBeCloseTo(100, 0);
  });
});
