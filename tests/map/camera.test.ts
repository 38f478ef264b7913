// The 2D renderer's camera against MapLibre's own Web Mercator: the same lon/lat lands on the same
// pixel for the same camera, so a view looks the same in both renderers and a link opens the same view.
import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CHINA } from '../../src/data/bounds';
import { type Camera, constrain, fitBounds, project, unproject, visibleBounds } from '../../src/map/camera';
import { ZOOM } from '../../src/map/tokens';

const size = { width: 1280, height: 745 };

/** MapLibre's pixel for a coordinate: its Mercator coordinate scaled to a 512 px world at the zoom. */
function maplibrePixel(c: Camera, lon: number, lat: number) {
  const world = 512 * 2 ** c.zoom;
  const p = MercatorCoordinate.fromLngLat([lon, lat]);
  const centre = MercatorCoordinate.fromLngLat([c.lon, c.lat]);
  return { x: size.width / 2 + (p.x - centre.x) * world, y: size.height / 2 + (p.y - centre.y) * world };
}

const PLACES: [string, number, number][] = [
  ['Pudong', 121.544, 31.221],
  ['Harbin', 126.535, 45.803],
  ['Sansha', 112.338, 16.831],
  ['Kashgar', 75.99, 39.47],
];

describe('the camera', () => {
  for (const zoom of [3, 6, 9]) {
    it(`puts every place on MapLibre's pixel, within 0.5 px, at zoom ${zoom}`, () => {
      const camera = { lon: 116.4, lat: 34.2, zoom };
      for (const [name, lon, lat] of PLACES) {
        const ours = project(camera, size, lon, lat);
        const theirs = maplibrePixel(camera, lon, lat);
        expect(Math.abs(ours.x - theirs.x), name).toBeLessThan(0.5);
        expect(Math.abs(ours.y - theirs.y), name).toBeLessThan(0.5);
      }
    });
  }

  it('turns a pixel back into the coordinate it came from', () => {
    const camera = { lon: 104, lat: 35, zoom: 4.3 };
    const [lon, lat] = unproject(camera, size, project(camera, size, 121.5, 31.2));
    expect(lon).toBeCloseTo(121.5, 9);
    expect(lat).toBeCloseTo(31.2, 9);
  });

  it('fits a box inside the padding, as large as it goes, and centres it in what the padding leaves', () => {
    const padding = { top: 50, right: 450, bottom: 50, left: 50 };
    const c = fitBounds(CHINA, size, padding);
    expect(c).not.toBeNull();
    const cam = c as Camera;
    const nw = project(cam, size, CHINA[0], CHINA[3]);
    const se = project(cam, size, CHINA[2], CHINA[1]);
    // One side touches the padding exactly, the other has room to spare; the box is centred.
    const slackX = size.width - padding.left - padding.right - (se.x - nw.x);
    const slackY = size.height - padding.top - padding.bottom - (se.y - nw.y);
    expect(Math.min(slackX, slackY)).toBeCloseTo(0, 6);
    expect(nw.x - padding.left).toBeCloseTo(size.width - padding.right - se.x, 6);
    expect(nw.y - padding.top).toBeCloseTo(size.height - padding.bottom - se.y, 6);
  });

  it('never zooms closer than asked, and gives no camera where the padding leaves no room', () => {
    expect(fitBounds([121.5, 31.2, 121.6, 31.3], size, undefined, 8.5)?.zoom).toBe(8.5);
    expect(fitBounds(CHINA, size, { top: 0, right: 1300, bottom: 0, left: 0 })).toBeNull();
  });

  it('keeps the camera on the map: zoom within limits, the viewport inside the world', () => {
    expect(constrain({ lon: 0, lat: 0, zoom: 20 }, size).zoom).toBe(ZOOM.max);
    const far = constrain({ lon: 179.9, lat: 85, zoom: 2 }, size);
    const [w, s, e, n] = visibleBounds(far, size);
    expect(e).toBeLessThanOrEqual(180 + 1e-9);
    expect(n).toBeLessThanOrEqual(85.06);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    // A viewport larger than the world at the lowest zoom zooms in until the world fills it.
    const big = constrain({ lon: 0, lat: 0, zoom: 2 }, { width: 3840, height: 2160 });
    expect(512 * 2 ** big.zoom).toBeGreaterThanOrEqual(3840 - 1e-6);
  });
});

describe('the national extent', () => {
  it('is shown by the first view and not by a province’s or an area’s', async () => {
    const { nationalCamera, showsNation } = await import('../../src/map/views');
    expect(showsNation(nationalCamera(size), size)).toBe(true);
    expect(showsNation({ lon: 120, lat: 31, zoom: 6 }, size)).toBe(false);
    expect(showsNation({ lon: 104, lat: 35, zoom: 4.5 }, size)).toBe(false);
  });
});
