// The map's look, in one place: colours, widths, dashes, opacities, symbol and label sizes, and the
// zooms at which each thing shows. The MapLibre style (maplibre/style.ts) turns these into style
// expressions and the 2D painter (painter/) evaluates them itself, so both renderers draw the same map
// and no number is written twice.

/** Values by zoom, linear between the stops and held outside them, as MapLibre's `interpolate`. */
export type Stops = readonly (readonly [zoom: number, value: number])[];
export type ByZoom = number | Stops;

/** A token's value at a zoom. */
export function atZoom(v: ByZoom, zoom: number): number {
  if (typeof v === 'number') return v;
  const first = v[0];
  const last = v[v.length - 1];
  if (!first || !last) return 0;
  if (zoom <= first[0]) return first[1];
  if (zoom >= last[0]) return last[1];
  for (let i = 1; i < v.length; i++) {
    const [z1, v1] = v[i] as readonly [number, number];
    const [z0, v0] = v[i - 1] as readonly [number, number];
    if (zoom <= z1) return v0 + ((zoom - z0) / (z1 - z0)) * (v1 - v0);
  }
  return last[1];
}

/** Where things show. A layer with `min` shows from that zoom on; with `max`, below that zoom. */
export const ZOOM = {
  /** The camera's limits: a flat map of China, never the whole world at once. */
  min: 2,
  max: 11,
  /** At national zoom a new area is a few pixels wide and drawn as a dot; from about zoom 6 a
   * 500 km² area is ~10 px across and its outline starts to read. The two overlap for one level. */
  symbolMax: 7,
  polygonMin: 6,
  /** The detailed outlines replace the light ones from here on. */
  detail: 5.5,
  provinceLabelsMin: 4.5,
  /** At national zoom a port sits on its area's dot; it appears once the two part. */
  portsMin: 4.5,
  portLabelsMin: 6,
  /** Context (rivers, lakes, cities) comes in with the detailed outlines. */
  waterMin: 5.5,
  waterLabelsMin: 6,
  /** The capital cities, Beijing and the cities that host a new area… */
  majorCitiesMin: 5.5,
  /** …and every other prefecture-level city. */
  citiesMin: 7,
} as const;

export const INK = '#1f2a36';

export const COLOR = {
  sea: '#dce8f1',
  land: '#fbfaf6',
  neighbour: '#eeece6',
  neighbourEdge: '#c9c6bd',
  coast: '#8fa3b3',
  /** The ten dashes in the South China Sea, in the colour of a national boundary. */
  dashes: '#5d6d7a',
  provinceBorder: '#a9a496',
  provinceLabel: '#767163', // 4.7:1 on land: the labels are text (tests/map/contrast.test.ts)
  portLabel: '#24425e',
  halo: '#ffffff',
  /** Ports (and their rims): the legend's port swatch uses the same navy. */
  navy: '#1b3a5c',
  /** Rivers and lake shores, quiet beside the areas' outlines; lakes are filled with `sea`. */
  river: '#7ba4c7',
  lakeEdge: '#9fbad0',
  waterLabel: '#2f5f8a', // 5.4:1 on the sea it is haloed in (tests/map/contrast.test.ts)
  cityLabel: '#3d4852',
  /** An area with no colour in the scale (never expected). */
  fallback: '#9a9a9a',
} as const;

/** Line widths in CSS pixels; dashes in multiples of the line's width, as MapLibre counts them. */
export const LINE = {
  neighbourEdge: { width: 1 },
  coast: {
    width: [
      [3, 0.6],
      [9, 1.2],
    ] as Stops,
  },
  provinceBorder: {
    width: [
      [3, 0.5],
      [9, 1.1],
    ] as Stops,
    dash: [3, 2],
  },
  /** The ten dashes are strips a few km wide: drawn filled and outlined, so they show at any zoom. */
  dashes: { width: 1.2 },
  river: {
    width: [
      [5.5, 0.8],
      [10, 1.8],
    ] as Stops,
  },
  lakeEdge: { width: 0.8 },
  areaExact: { width: 2, opacity: 1, dimmedOpacity: 0.25 },
  /** Dashed and lighter: an outline built from districts the area only partly covers. */
  areaApprox: { width: 1.6, opacity: 0.75, dimmedOpacity: 0.2, dash: [2.5, 2] },
  /** The selection and hover outline, dashed like the area's own outline where that is approximate. */
  highlight: { selected: 3.5, hover: 2, selectedOpacity: 1, hoverOpacity: 0.7, approxDash: [2, 1.5] },
} as const;

/** An area's fill: faint when filtered out, stronger when selected, lighter where approximate. */
export const AREA_FILL_OPACITY = { dimmed: 0.08, selected: 0.42, approximate: 0.22, exact: 0.38 } as const;

/** The dot that stands for an area at national zoom. `size` is the icon's side in CSS pixels at
 * scale 1; the disc inside it has a white rim. */
export const DOT = {
  size: 18,
  rim: 1.5,
  scale: [
    [3, 0.85],
    [6, 1.1],
  ] as Stops,
  dimmedOpacity: 0.25,
  /** Finger-sized: a click within this radius of a dot selects its area (44 px across). */
  hitRadius: 22,
} as const;

/** The ring around a selected dot (and, drawn in the page, a hovered one): radius and stroke. */
export const DOT_RING = {
  radius: [
    [3, 11],
    [6, 13],
  ] as Stops,
  width: 3,
} as const;

/** The hub port's diamond: side in CSS pixels at scale 1, filled where sourced, hollow where not. */
export const PORT = {
  size: 22,
  rim: 1.5,
  approxRim: 3,
  scale: [
    [3, 0.7],
    [8, 1],
  ] as Stops,
} as const;

/** City points by rank: radius of the disc, its rim (or ring) and the inner dot, in CSS pixels. A
 * city is a small dark dot; a capital a white disc in a dark ring with a dark centre; Beijing the
 * same, larger, with a red centre. */
export const CITY = {
  city: { radius: 2.5, fill: '#4d5761', rim: 1, rimColor: '#ffffff', inner: 0, innerColor: '#4d5761' },
  capital: { radius: 4, fill: '#ffffff', rim: 1.5, rimColor: '#2f3b47', inner: 1.5, innerColor: '#2f3b47' },
  nation: { radius: 5.5, fill: '#ffffff', rim: 1.5, rimColor: '#2f3b47', inner: 2.5, innerColor: '#c8102e' },
} as const;

export type CityRank = keyof typeof CITY;

/** Province labels of the municipalities and SARs give way to their city's label from this zoom on. */
export const CITY_PROVINCES = {
  adcodes: ['110000', '120000', '310000', '500000', '810000', '820000'],
  hiddenFrom: ZOOM.majorCitiesMin,
} as const;

/** Labels: sizes in CSS pixels, halos in pixels, offsets in ems. */
export const LABEL = {
  /** The other language's name, on a second line, this much smaller. */
  secondLine: 0.82,
  lineHeight: 1.2,
  province: { size: 11, halo: 1.2 },
  /** Names beside the dots at national zoom: they give way to every dot and drop where there is
   * no room, trying these places in turn. */
  areaBeside: {
    size: [
      [3, 11],
      [6, 13],
    ] as Stops,
    halo: 1.6,
    offset: 1.05,
    padding: 1,
    anchors: ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right', 'top-right', 'bottom-left'],
    dimmedOpacity: 0.35,
  },
  /** Names on the outlines once zoomed in. */
  area: { size: 14, halo: 1.6, maxWidth: 12, dimmedOpacity: 0.35 },
  port: { size: 11, halo: 1.2, offset: 0.9 },
  /** City names beside their dots, one line in the UI language; they give way to the areas'. Placed
   * (and drawn in the 2D map) in this order of rank. */
  city: {
    capital: { size: 12, color: INK },
    city: { size: 11, color: COLOR.cityLabel },
    halo: 1.4,
    offset: 0.6,
    padding: 1,
    anchors: ['left', 'right', 'top', 'bottom'],
    order: ['nation', 'capital', 'host', 'city'],
  },
  /** River and lake names at their label points. Upright: the self-hosted font has no italic, and
   * MapLibre cannot slant a face it does not have (the 2D map would, and the two would differ). */
  water: { size: 11, halo: 1.2, color: COLOR.waterLabel, haloColor: COLOR.sea },
} as const;

export type Anchor = (typeof LABEL.areaBeside.anchors)[number];
