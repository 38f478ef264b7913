// What lies under a point on the 2D map, by the same rules as MapLibre's query of the same style's
// layers: a dot within its 44 px target (the nearest, where targets overlap), a placed name, a port's
// diamond, or the inside of an outline. Nearest first; on a tie, the upper layer.
import type { AreaId } from '../../data/types';
import type { Point } from '../camera';
import type { Hit } from '../renderer';
import { DOT, ZOOM } from '../tokens';
import { type Placement, portSize } from './labels';
import type { Scene } from './scene';

export type PickInput = {
  scene: Scene;
  placement: Placement;
  zoom: number;
  /** Screen pixels ↔ world pixels at zoom 0. */
  transform: { k: number; tx: number; ty: number };
  /** Whether a world-pixel point lies inside a path (the canvas's own test, even-odd). */
  inside: (path: Path2D, x: number, y: number) => boolean;
};

export function pickAt(p: Point, o: PickInput): Hit | null {
  let best: { id: AreaId; d: number; dot: Point | null } | null = null;
  const consider = (id: AreaId, d: number, dot: Point | null) => {
    if (!best || d < best.d) best = { id, d, dot };
  };
  const { k, tx, ty } = o.transform;
  // Upper layers first, so a tie at distance 0 goes to them.
  for (const d of o.placement.dots) {
    const dist = Math.hypot(d.x - p.x, d.y - p.y);
    if (dist <= DOT.hitRadius) consider(d.id, dist, { x: d.x, y: d.y });
  }
  for (const l of o.placement.labels) {
    const [x0, y0, x1, y1] = l.box;
    if (l.area && p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) consider(l.area, 0, null);
  }
  if (o.zoom >= ZOOM.portsMin) {
    const half = portSize(o.zoom) / 2;
    for (const port of o.scene.ports) {
      const x = port.x * k + tx;
      const y = port.y * k + ty;
      if (Math.abs(p.x - x) <= half && Math.abs(p.y - y) <= half) consider(port.area, 0, null);
    }
  }
  if (o.zoom >= ZOOM.polygonMin) {
    const wx = (p.x - tx) / k;
    const wy = (p.y - ty) / k;
    for (const a of o.scene.areas) {
      const [x0, y0, x1, y1] = a.box;
      if (wx >= x0 && wx <= x1 && wy >= y0 && wy <= y1 && o.inside(a.path, wx, wy)) consider(a.id, 0, null);
    }
  }
  const found = best as { id: AreaId; d: number; dot: Point | null } | null;
  return found && { id: found.id, dot: found.dot };
}
