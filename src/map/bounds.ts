// Bounding boxes of the areas' outlines, to frame a selection.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

function visit(coords: unknown, box: number[]): void {
  if (typeof (coords as Position)[0] === 'number') {
    const [x, y] = coords as [number, number];
    box[0] = Math.min(box[0] ?? x, x);
    box[1] = Math.min(box[1] ?? y, y);
    box[2] = Math.max(box[2] ?? x, x);
    box[3] = Math.max(box[3] ?? y, y);
    return;
  }
  for (const c of coords as unknown[]) visit(c, box);
}

export function featureBounds(f: Feature<Geometry>): Bounds | null {
  if (!f.geometry || f.geometry.type === 'GeometryCollection') return null;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  visit(f.geometry.coordinates, box);
  const [w = 0, s = 0, e = 0, n = 0] = box;
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

export function boundsById(fc: FeatureCollection): Map<string, Bounds> {
  const out = new Map<string, Bounds>();
  for (const f of fc.features) {
    const id = f.properties?.id;
    const b = featureBounds(f);
    if (typeof id === 'string' && b) out.set(id, b);
  }
  return out;
}
