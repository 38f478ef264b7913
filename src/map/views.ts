// The views the map moves to: the whole country, a selected area, a briefing step's box.
import { CHINA } from '../data/bounds';
import type { Bounds } from '../data/types';
import {
  type Camera,
  centredIn,
  constrain,
  fitBounds,
  NO_PADDING,
  type Padding,
  project,
  type Size,
  unproject,
  visibleBounds,
} from './camera';
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

/** The margin a framed box keeps from the map's edges and from what covers it. */
const FRAME_MARGIN = 50;

/**
 * The box at `zoom`, too large for the space the padding leaves: its middle as near that space's
 * middle as keeps the box a margin clear of the map's edges (in the map's middle if it is wider).
 */
function placedNear(b: Bounds, size: Size, padding: Padding, zoom: number): Camera {
  const wanted = centredIn(b, padding, zoom);
  const nw = project(wanted, size, b[0], b[3]);
  const se = project(wanted, size, b[2], b[1]);
  const shift = (lo: number, hi: number, screen: number) => {
    const extent = hi - lo;
    if (extent + 2 * FRAME_MARGIN > screen) return screen / 2 - (lo + hi) / 2;
    return Math.max(FRAME_MARGIN - lo, Math.min(0, screen - FRAME_MARGIN - hi));
  };
  const dx = shift(nw.x, se.x, size.width);
  const dy = shift(nw.y, se.y, size.height);
  const [lon, lat] = unproject(wanted, size, { x: size.width / 2 - dx, y: size.height / 2 - dy });
  return { lon, lat, zoom };
}

/**
 * The camera that frames a box, between two zooms; null if even the whole map has no room. Where the
 * padding leaves no room, the box is framed in the whole map. Where the fit is farther out than the
 * map may go (a small screen, a large box), the box is placed again at the nearest allowed zoom
 * (placedNear): kept, the fit's centre, shifted for the padding at its own zoom, had put China's east
 * off a 640 px screen (200 % zoom) at the presentation's first step.
 */
export function frameBox(
  b: Bounds,
  size: Size,
  padding: Padding,
  zoom: { max: number; min?: number },
): Camera | null {
  const padded = fitBounds(b, size, padding, zoom.max);
  const room = padded ? padding : NO_PADDING;
  const fitted = padded ?? fitBounds(b, size, room, zoom.max);
  if (!fitted) return null;
  const allowed = constrain({ ...fitted, zoom: Math.max(fitted.zoom, zoom.min ?? ZOOM.min) }, size).zoom;
  return constrain(allowed === fitted.zoom ? fitted : placedNear(b, size, room, allowed), size);
}

/** A selected area is framed close enough that its outline, not just its dot, is drawn. */
export const AREA_FRAME = { max: 8.5, min: 6.5 } as const;
/** The compared areas, together: as close as one area's frame at most, as far out as it takes. */
export const COMPARE_FRAME = { max: 8.5 } as const;
/** A briefing step's box. */
export const STEP_FRAME = { max: ZOOM.max } as const;
