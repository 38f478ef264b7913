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
import { LAYER, SOURCE } from './ids';
import { POLYGON_MIN_ZOOM, SYMBOL_MAX_ZOOM } from './zoom';

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

/** Primary name in the UI language, the other language on a second, smaller line. */
export function labelField(lang: 'en' | 'zh', en: string, zh: string): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? [zh, en] : [en, zh];
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': 0.82 }];
}

export function buildStyle(o: StyleOptions): StyleSpecification {
  const geo = (file: string) => `${o.geoBase}${file}`;
  const font = [o.fontFamily];
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': SEA } },
    {
      id: LAYER.neighboursFill,
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': NEIGHBOUR, 'fill-outline-color': '#c9c6bd' },
    },
    { id: LAYER.provincesFill, type: 'fill', source: SOURCE.provinces, paint: { 'fill-color': LAND } },
    {
      id: LAYER.coast,
      type: 'line',
      source: SOURCE.provinces,
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
      source: SOURCE.provinces,
      minzoom: 4.5,
      layout: {
        'text-field': ['get', o.lang === 'zh' ? 'name_zh' : 'name_en'],
        'text-font': font,
        'text-size': 11,
        'symbol-sort-key': 10,
      },
      paint: { 'text-color': '#8a8577', 'text-halo-color': LAND, 'text-halo-width': 1.2 },
    },
    {
      id: LAYER.areasFill,
      type: 'fill',
      source: SOURCE.areas,
      minzoom: POLYGON_MIN_ZOOM,
      paint: {
        'fill-color': o.areaColor,
        'fill-opacity': [
          'case',
          state('dimmed'),
          0.08,
          state('selected'),
          0.55,
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
    {
      id: LAYER.areasHighlight,
      type: 'line',
      source: SOURCE.areas,
      minzoom: POLYGON_MIN_ZOOM,
      paint: {
        'line-color': INK,
        'line-width': ['case', state('selected'), 3.5, state('hover'), 2, 0],
        'line-opacity': ['case', state('selected'), 1, state('hover'), 0.7, 0],
      },
    },
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
      id: LAYER.areaSymbols,
      type: 'circle',
      source: SOURCE.areaPoints,
      maxzoom: SYMBOL_MAX_ZOOM,
      paint: {
        'circle-color': o.areaColor,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', state('selected'), 10, 7],
          6,
          ['case', state('selected'), 12, 9],
        ],
        'circle-stroke-color': ['case', state('selected'), INK, state('hover'), INK, '#ffffff'],
        'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 2.5, 1.5],
        'circle-opacity': ['case', state('dimmed'), 0.25, 1],
        'circle-stroke-opacity': ['case', state('dimmed'), 0.4, 1],
      },
    },
    {
      id: LAYER.ports,
      type: 'symbol',
      source: SOURCE.ports,
      layout: {
        'icon-image': ['case', ['get', 'approximate'], 'port-approx', 'port'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['step', ['zoom'], '', 6, ['get', o.lang === 'zh' ? 'name_zh' : 'plan_name']],
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
      layout: {
        'text-field': labelField(o.lang, 'name_en', 'name_zh'),
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-max-width': 12,
      },
      paint: {
        'text-color': INK,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
        'text-opacity': ['case', state('dimmed'), 0.35, 1],
      },
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
      [SOURCE.provinceBorders]: { type: 'geojson', data: geo('province-borders.lo.geojson') },
      [SOURCE.areas]: {
        type: 'geojson',
        data: geo('areas.lo.geojson'),
        promoteId: 'id',
        attribution: ATTRIBUTION.caveat,
      },
      [SOURCE.areaPoints]: { type: 'geojson', data: geo('areas.points.geojson'), promoteId: 'id' },
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
  [SOURCE.provinceBorders]: 'province-borders.hi.geojson',
  [SOURCE.areas]: 'areas.hi.geojson',
} as const;
