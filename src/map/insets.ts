// What lies over the map, in one place: on a wide screen the details panel covers the map's right
// side while an area is selected, and the legend its top-left corner; on a narrow screen the details
// go below the map. The app writes the panel's width into the stylesheet from here, the map frames
// selections clear of these, and the tooltip keeps left of the panel.
import type { Padding } from './camera';

export const DETAILS_WIDTH = 400;
/** The comparison panel: three columns of facts need more room than one area's details. */
export const COMPARE_WIDTH = 640;
/** The legend box and its margin. */
export const LEGEND_WIDTH = 280;
/** The narrowest space a selected area is framed in, clear of what covers the map. */
const MIN_FRAME_WIDTH = 240;
/** At or below this page width the layout stacks: map, details, list. */
export const NARROW_MAX_WIDTH = 900;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;

export const isNarrow = () => window.matchMedia?.(NARROW_QUERY).matches ?? false;

/** The parts of a map of this width that panels cover. */
export function coveredInsets(o: {
  mapWidth: number;
  selected: boolean;
  narrow: boolean;
  comparing?: boolean;
}): Padding {
  // The comparison, when open, takes the details' place over the map.
  const panel = o.narrow ? 0 : o.comparing ? COMPARE_WIDTH : o.selected ? DETAILS_WIDTH : 0;
  // Keep clear of the legend wherever that still leaves the area room on the map.
  const legend = o.mapWidth - panel - LEGEND_WIDTH >= MIN_FRAME_WIDTH ? LEGEND_WIDTH : 0;
  return { top: 0, right: panel, bottom: 0, left: legend };
}
