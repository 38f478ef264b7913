// At national zoom a new area is a few pixels wide, so it is drawn as a symbol; from about zoom 6 a
// 500 km² area is ~10 px across and its outline starts to read. The two overlap for one zoom level.
export const SYMBOL_MAX_ZOOM = 7;
export const POLYGON_MIN_ZOOM = 6;
/** The ring around an area's dot (selection, hover): radius in px, from zoom 3 to zoom 6. */
export const DOT_RING = { fromZoom: 3, fromRadius: 11, toZoom: 6, toRadius: 13 } as const;
/** The ring's radius at a zoom, as the map's interpolation draws it. */
export function dotRingRadius(zoom: number): number {
  const { fromZoom, fromRadius, toZoom, toRadius } = DOT_RING;
  const t = Math.min(1, Math.max(0, (zoom - fromZoom) / (toZoom - fromZoom)));
  return fromRadius + t * (toRadius - fromRadius);
}
/** Zoom at which the detailed outlines are first fetched. */
export const DETAIL_ZOOM = 5.5;
