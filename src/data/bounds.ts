// Boxes on the map: all of China, an area's outline, a group of areas.
import { outlineOf } from './outlines';
import type { AreaId, Bounds } from './types';

/** The national frame, mainland China and Hainan: west, south, east, north. */
export const CHINA: Bounds = [73.4, 17.5, 135.1, 53.6];

export function areaBounds(id: AreaId): Bounds {
  return outlineOf(id).bbox;
}

/** The union of several boxes, grown by a share of its size on each side, and to at least
 * `minSpan` degrees each way, so a small area is shown with its surroundings. */
export function unionBounds(boxes: Bounds[], margin = 0, minSpan = 0): Bounds {
  const [w, s, e, n] = boxes.reduce<Bounds>(
    (u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const dx = Math.max((e - w) * margin, (minSpan - (e - w)) / 2, 0);
  const dy = Math.max((n - s) * margin, (minSpan - (n - s)) / 2, 0);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [r(w - dx), r(s - dy), r(e + dx), r(n + dy)];
}
