// The map's style, built as plain data: no remote sources, no `glyphs` URL (labels come from the
// self-hosted font through `font-faces`). Pure, so it is validated in unit tests and shared with the
// benchmark's floor page.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FontFile } from '../fonts/faces';
import { ATTRIBUTION } from './attribution';
import { DOT_PREFIX } from './icons';
import { LAYER, SOURCE } from './ids';
import { DOT_RING, POLYGON_MIN_ZOOM, SYMBOL_MAX_ZOOM } from './zoom';

export type StyleOptions = {
  /** URL of the folder holding public/geo, ending in "/". */
  geoBase: string;
  fonts: FontFile[];
  fontFamily: string;
  lang: 'en' | 'zh';
  /** Fill colour of an area, usually a `match` on the area id built from the active colour scale. */
  areaColor: DataDrivenPropertyValueSpecification<string>;
};

export const INK = '#1f2a36';
const SEA = '#dce8f1';
const LAND = '#fbfaf6';
const NEIGHBOUR = '#eeece6';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** The dot icon for an area's colour: "dot-#0072B2", drawn on demand (see dot-icons.ts). */
export function dotImage(
  color: DataDrivenPropertyValueSpecification<string>,
): DataDrivenPropertyValueSpecification<string> {
  return ['concat', DOT_PREFIX, color] as DataDrivenPropertyValueSpecification<string>;
}

/** Primary name in the UI language, the other language on a second, smaller line. */
export function labelField(lang: 'en' | 'zh', en: string, zh: string): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? [zh, en] : [en, zh];
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.82 }];
}

/** Every layer whose words follow the UI language, and what it writes: the style is built with
 * these, and a language switch sets them again (apply-state.ts). */
export function textFields(lang: 'en' | 'zh'): Record<string, ExpressionSpecification> {
  const areaLabel = labelField(lang, 'label_en', 'label_zh');
  return {
    [LAYER.provinceLabels]: ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
    [LAYER.areaSymbolLabels]: areaLabel,
    [LAYER.areaLabels]: areaLabel,
    // Port names from zoom 6; below it the diamond alone.
    [LAYER.ports]: ['step', ['zoom'], '', 6, ['get', lang === 'zh' ? 'name_zh' : 'plan_name']],
  };
}

/** Where the page's GeoJSON files are: `geo/` beside the page, wherever it is served. */
export const geoBase = () => new URL('geo/', document.baseURI).href;

export function buildStyle(o: StyleOptions): StyleSpecification {
  const geo = (file: string) => `${o.geoBase}${file}`;
  const font = [o.fontFamily];
  const text = textFields(o.lang);
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': SEA } },
    {
      id: LAYER.neighboursFill,
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': NEIGHBOUR, 'fill-outline-color': '#c9c6bd' },
    },
    // No antialiased outline pass: the coast and border line layers draw every edge a fill would.
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-color': LAND, 'fill-antialias': false },
    },
    {
      id: LAYER.coast,
      type: 'line',
      source: SOURCE.china,
      paint: { 'line-color': '#8fa3b3', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 9, 1.2] },
    },
    {
      id: LAYER.provinceBorders,
      type: 'line',
      source: SOURCE.provinceBorders,
      paint: {
        'line-color': '#a9a496',
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 9, 1.1],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.provinceLabels,
      type: 'symbol',
      source: SOURCE.provinceLabels,
      minzoom: 4.5,
      layout: {
        'text-field': text[LAYER.provinceLabels],
        'text-font': font,
        'text-size': 11,
      },
      paint: { 'text-color': '#8a8577', 'text-halo-color': LAND, 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.areasFill,
      type: 'fill',
      source: SOURCE.areas,
      minzoom: POLYGON_MIN_ZOOM,
      paint: {
        // No solid edge from the fill: the line layers draw the outline, dashed where approximate.
        'fill-antialias': false,
        'fill-color': o.areaColor,
        'fill-opacity': [
          'case',
          state('dimmed'),
          0.08,
          state('selected'),
          0.42,
          ['==', ['get', 'precision'], 'approximate'],
          0.22,
          0.38,
        ],
      },
    },
    {
      id: LAYER.areasLineExact,
      type: 'line',
      source: SOURCE.areas,
      minzoom: POLYGON_MIN_ZOOM,
      filter: ['==', ['get', 'precision'], 'exact'],
      paint: {
        'line-color': o.areaColor,
        'line-width': 2,
        'line-opacity': ['case', state('dimmed'), 0.25, 1],
      },
    },
    {
      id: LAYER.areasLineApprox,
      type: 'line',
      source: SOURCE.areas,
      minzoom: POLYGON_MIN_ZOOM,
      filter: ['==', ['get', 'precision'], 'approximate'],
      paint: {
        'line-color': o.areaColor,
        'line-width': 1.6,
        'line-opacity': ['case', state('dimmed'), 0.2, 0.75],
        'line-dasharray': [2.5, 2],
      },
    },
    ...(['exact', 'approximate'] as const).map(
      (precision): LayerSpecification => ({
        // The selection and hover outline, dashed like the area's own outline where it is approximate.
        id: precision === 'exact' ? LAYER.areasHighlight : LAYER.areasHighlightApprox,
        type: 'line',
        source: SOURCE.areas,
        minzoom: POLYGON_MIN_ZOOM,
        filter: ['==', ['get', 'precision'], precision],
        paint: {
          'line-color': INK,
          'line-width': ['case', state('selected'), 3.5, state('hover'), 2, 0],
          'line-opacity': ['case', state('selected'), 1, state('hover'), 0.7, 0],
          ...(precision === 'approximate' ? { 'line-dasharray': [2, 1.5] } : {}),
        },
      }),
    ),
    {
      // Invisible, finger-sized: at national zoom an area is a few pixels across, so the click target
      // is a 44 px circle around its symbol.
      id: LAYER.areaHit,
      type: 'circle',
      source: SOURCE.areaPoints,
      maxzoom: SYMBOL_MAX_ZOOM,
      paint: { 'circle-radius': 22, 'circle-opacity': 0, 'circle-stroke-width': 0 },
    },
    {
      // The selection ring, under the symbol. (A dot's hover ring is drawn in the page: Tooltip.tsx.)
      id: LAYER.areaHalo,
      type: 'circle',
      source: SOURCE.areaPoints,
      maxzoom: SYMBOL_MAX_ZOOM,
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          DOT_RING.fromZoom,
          DOT_RING.fromRadius,
          DOT_RING.toZoom,
          DOT_RING.toRadius,
        ],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': INK,
        'circle-stroke-width': ['case', state('selected'), 3, 0],
      },
    },
    {
      // Names at national zoom. The dots are a layer above, and MapLibre places upper layers
      // first, so a name makes way for every dot instead of covering one; a name that finds no
      // room is dropped, a dot never is.
      id: LAYER.areaSymbolLabels,
      type: 'symbol',
      source: SOURCE.areaPoints,
      maxzoom: SYMBOL_MAX_ZOOM,
      layout: {
        'text-field': text[LAYER.areaSymbolLabels],
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 13],
        'text-variable-anchor': [
          'left',
          'right',
          'top',
          'bottom',
          'top-left',
          'bottom-right',
          'top-right',
          'bottom-left',
        ],
        // Clear of the dot (≈ 8 px radius) and its collision box.
        'text-radial-offset': 1.05,
        'text-padding': 1,
        'text-justify': 'auto',
      },
      paint: {
        'text-color': INK,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('dimmed'), 0.35, 1],
      },
    },
    {
      id: LAYER.ports,
      type: 'symbol',
      source: SOURCE.ports,
      // At national zoom a port sits on its area's dot; it appears once the two part.
      minzoom: 4.5,
      layout: {
        'icon-image': ['case', ['get', 'approximate'], 'port-approx', 'port'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': text[LAYER.ports],
        'text-font': font,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-optional': true,
      },
      paint: { 'text-color': '#24425e', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.areaLabels,
      type: 'symbol',
      source: SOURCE.areaPoints,
      minzoom: SYMBOL_MAX_ZOOM,
      layout: {
        'text-field': text[LAYER.areaLabels],
        'text-font': font,
        'text-size': 14,
        'text-max-width': 12,
      },
      paint: {
        'text-color': INK,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('dimmed'), 0.35, 1],
      },
    },
    {
      id: LAYER.areaSymbols,
      type: 'symbol',
      source: SOURCE.areaPoints,
      maxzoom: SYMBOL_MAX_ZOOM,
      layout: {
        'icon-image': dotImage(o.areaColor),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.85, 6, 1.1],
        'icon-allow-overlap': true,
        'icon-padding': 0,
      },
      paint: { 'icon-opacity': ['case', state('dimmed'), 0.25, 1] },
    },
  ];

  return {
    version: 8,
    name: 'New Areas Atlas',
    'font-faces': {
      [o.fontFamily]: o.fonts.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })),
    },
    sources: {
      [SOURCE.neighbours]: {
        type: 'geojson',
        data: geo('neighbours.geojson'),
        attribution: ATTRIBUTION.neighbours,
      },
      [SOURCE.provinces]: {
        type: 'geojson',
        data: geo('provinces.lo.geojson'),
        attribution: ATTRIBUTION.boundaries,
      },
      [SOURCE.china]: { type: 'geojson', data: geo('china.lo.geojson') },
      [SOURCE.provinceBorders]: { type: 'geojson', data: geo('province-borders.lo.geojson') },
      [SOURCE.provinceLabels]: { type: 'geojson', data: geo('province-labels.geojson') },
      [SOURCE.areas]: {
        type: 'geojson',
        data: geo('areas.lo.geojson'),
        promoteId: 'id',
      },
      // The caveat rides on the points, the one area source drawn at every zoom.
      [SOURCE.areaPoints]: {
        type: 'geojson',
        data: geo('areas.points.geojson'),
        promoteId: 'id',
        attribution: ATTRIBUTION.caveat,
      },
      [SOURCE.ports]: {
        type: 'geojson',
        data: geo('ports.geojson'),
        promoteId: 'id',
        attribution: ATTRIBUTION.ports,
      },
    },
    layers,
  };
}

/** Files the map swaps in, once, when the view first reaches city zoom. */
export const DETAIL_FILES = {
  [SOURCE.provinces]: 'provinces.hi.geojson',
  [SOURCE.china]: 'china.hi.geojson',
  [SOURCE.provinceBorders]: 'province-borders.hi.geojson',
  [SOURCE.areas]: 'areas.hi.geojson',
} as const;
