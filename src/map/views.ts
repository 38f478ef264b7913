// The views the map moves to: the whole country, a selected area, a briefing step's box.
import { CHINA } from '../data/bounds';
import type { Bounds } from '../data/types';
import { type Camera, constrain, fitBounds, type Padding, type Size, visibleBounds } from './camera';
import { ZOOM } from './tokens';

/** The first view when the URL names no camera: all of China, a little room around it. */
export const NATIONAL_PADDING = 16;
const even = (p: number): Padding => ({ top: p, right: p, bottom: p, left: p });

export function nationalCamera(size: Size): Camera {
  const fitted = fitBounds(CHINA, size, even(NATIONAL_PADDING)) ?? fitBounds(CHINA, size);
  return constrain(fitted ?? { lon: 104, lat: 35, zoom: ZOOM.min }, size);
}

/**
 * Whether a camera shows the national extent: most of China's frame in view. The South China Sea
 * islands inset belongs to such a view, and goes once the view is a region's or an area's.
 */
export function showsNation(c: Camera, size: Size): boolean {
  const [w, s, e, n] = visibleBounds(c, size);
  const [cw, cs, ce, cn] = CHINA;
  const overlap =
    Math.max(0, Math.min(e, ce) - Math.max(w, cw)) * Math.max(0, Math.min(n, cn) - Math.max(s, cs));
  return overlap >= 0.7 * (ce - cw) * (cn - cs);
}

/** Room around a framed box: a margin, plus whatever covers the map there. */
export function framePadding(covered: Padding, margin = 50): Padding {
  return {
    top: covered.top + margin,
    right: covered.right + margin,
    bottom: covered.bottom + margin,
    left: covered.left + margin,
  };
}

/** The camera that frames a box, between two zooms; null if the padding leaves no room. */
export function frameBox(
  b: Bounds,
  size: Size,
  padding: Padding,
  zoom: { max: number; min?: number },
): Camera | null {
  const fitted = fitBounds(b, size, padding, zoom.max) ?? fitBounds(b, size, undefined, zoom.max);
  if (!fitted) return null;
  return constrain({ ...fitted, zoom: Math.max(fitted.zoom, zoom.min ?? ZOOM.min) }, size);
}

/** A selected area is framed close enough that its outline, not just its dot, is drawn. */
export const AREA_FRAME = { max: 8.5, min: 6.5 } as const;
/** The compared areas, together: as close as one area's frame at most, as far out as it takes. */
export const COMPARE_FRAME = { max: 8.5 } as const;
/** A briefing step's box. */
export const STEP_FRAME = { max: ZOOM.max } as const;
