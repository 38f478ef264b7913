// The one camera both renderers draw from: Web Mercator, north up, with MapLibre's zoom convention
// (the world is 512 px wide at zoom 0). The controller owns it; MapLibre is handed the result as is,
// so the 2D picture and the WebGL one show the same place at the same pixel.
import { geoMercatorRaw } from 'd3-geo';
import type { Bounds } from '../data/types';
import { ZOOM } from './tokens';

export type Camera = { lon: number; lat: number; zoom: number };
export type Size = { width: number; height: number };
export type Padding = { top: number; right: number; bottom: number; left: number };
export type Point = { x: number; y: number };

/** The world's width in pixels at zoom 0. */
export const WORLD = 512;
const HALF = WORLD / 2;
const RAD = Math.PI / 180;
/** Web Mercator stops here: the world is a square. */
export const MAX_LAT = 85.051129;

/** A coordinate in world pixels at zoom 0 (x east, y south, 0–512). */
export function toWorld(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const [x, y] = geoMercatorRaw(lon * RAD, clamped * RAD);
  return [HALF + (x * HALF) / Math.PI, HALF - (y * HALF) / Math.PI];
}

export function fromWorld(x: number, y: number): [number, number] {
  const [lam, phi] = geoMercatorRaw.invert?.(
    ((x - HALF) * Math.PI) / HALF,
    ((HALF - y) * Math.PI) / HALF,
  ) ?? [0, 0];
  return [lam / RAD, phi / RAD];
}

/** World pixels at zoom 0 → screen pixels, for a camera on a viewport: x' = k·x + tx. */
export function screenTransform(c: Camera, size: Size): { k: number; tx: number; ty: number } {
  const k = 2 ** c.zoom;
  const [cx, cy] = toWorld(c.lon, c.lat);
  return { k, tx: size.width / 2 - k * cx, ty: size.height / 2 - k * cy };
}

export function project(c: Camera, size: Size, lon: number, lat: number): Point {
  const { k, tx, ty } = screenTransform(c, size);
  const [x, y] = toWorld(lon, lat);
  return { x: k * x + tx, y: k * y + ty };
}

export function unproject(c: Camera, size: Size, p: Point): [number, number] {
  const { k, tx, ty } = screenTransform(c, size);
  return fromWorld((p.x - tx) / k, (p.y - ty) / k);
}

/** What the viewport shows: west, south, east, north. */
export function visibleBounds(c: Camera, size: Size): Bounds {
  const [w, n] = unproject(c, size, { x: 0, y: 0 });
  const [e, s] = unproject(c, size, { x: size.width, y: size.height });
  return [w, s, e, n];
}

/**
 * Keeps the camera on the map, as MapLibre does for a single, non-repeating world: the zoom within
 * its limits (and high enough that the world fills the viewport), the viewport inside the world.
 */
export function constrain(c: Camera, size: Size): Camera {
  let zoom = Math.max(ZOOM.min, Math.min(ZOOM.max, c.zoom));
  const fill = Math.max(size.width, size.height) / (WORLD * 2 ** zoom);
  if (fill > 1) zoom += Math.log2(fill);
  const k = 2 ** zoom;
  const [x, y] = toWorld(c.lon, c.lat);
  const clamp = (v: number, half: number) => Math.max(half, Math.min(WORLD - half, v));
  const [lon, lat] = fromWorld(clamp(x, size.width / 2 / k), clamp(y, size.height / 2 / k));
  return { lon, lat, zoom };
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera that shows a box as large as fits inside the padding, no closer than `maxZoom`:
 * MapLibre's `cameraForBounds`, north up. Null when the padding leaves no room.
 */
export function fitBounds(b: Bounds, size: Size, padding: Padding = NO_PADDING, maxZoom: number = ZOOM.max) {
  const [x0, y0] = toWorld(b[0], b[3]);
  const [x1, y1] = toWorld(b[2], b[1]);
  const scaleX = (size.width - padding.left - padding.right) / Math.max(x1 - x0, 1e-9);
  const scaleY = (size.height - padding.top - padding.bottom) / Math.max(y1 - y0, 1e-9);
  if (scaleX <= 0 || scaleY <= 0) return null;
  return centredIn(b, padding, Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom));
}

/** The camera at `zoom` that puts the box's middle in the middle of the space the padding leaves. */
export function centredIn(b: Bounds, padding: Padding, zoom: number): Camera {
  const [x0, y0] = toWorld(b[0], b[3]);
  const [x1, y1] = toWorld(b[2], b[1]);
  const k = 2 ** zoom;
  const mx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / k;
  const my = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / k;
  const [lon, lat] = fromWorld(mx, my);
  return { lon, lat, zoom };
}

/** Whether two cameras show the same view to within a tenth of a pixel at the centre. */
export function sameCamera(a: Camera, b: Camera): boolean {
  if (Math.abs(a.zoom - b.zoom) > 1e-6) return false;
  const [ax, ay] = toWorld(a.lon, a.lat);
  const [bx, by] = toWorld(b.lon, b.lat);
  const k = 2 ** a.zoom;
  return Math.hypot(ax - bx, ay - by) * k < 0.1;
}
