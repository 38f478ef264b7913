// The MapLibre style, built as plain data from the shared tokens (../tokens.ts): no remote sources,
// no `glyphs` URL (labels come from the self-hosted font through `font-faces`). Pure, so it is
// validated in unit tests and shared with the benchmark's floor page.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FontFile } from '../../fonts/faces';
import { ATTRIBUTION } from '../attribution';
import { type GeoLayer, ZOOMED_FILES, type ZoomedLayer } from '../geo-files';
import { DOT_PREFIX, portIcon } from '../icons';
import {
  AREA_FILL_OPACITY,
  type ByZoom,
  CITY,
  CITY_PROVINCES,
  type CityRank,
  COLOR,
  DOT,
  DOT_RING,
  INK,
  LABEL,
  LINE,
  PORT,
  ZOOM,
} from '../tokens';
import { LAYER, SOURCE } from './ids';

export type StyleOptions = {
  /** Each light layer's data: its file's URL, or the parsed GeoJSON. */
  data: (layer: GeoLayer) => string | GeoJSON.GeoJSON;
  fonts: FontFile[];
  fontFamily: string;
  lang: 'en' | 'zh';
  /** Fill colour of an area, usually a `match` on the area id built from the active colour scale. */
  areaColor: DataDrivenPropertyValueSpecification<string>;
};

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** A token by zoom as a style value: a number, or an `interpolate` on the zoom. */
function byZoom(v: ByZoom): number | ExpressionSpecification {
  if (typeof v === 'number') return v;
  return ['interpolate', ['linear'], ['zoom'], ...v.flat()] as ExpressionSpecification;
}

/** The dot icon for an area's colour: "dot-#0072B2", drawn on demand (icons.ts). */
export function dotImage(
  color: DataDrivenPropertyValueSpecification<string>,
): DataDrivenPropertyValueSpecification<string> {
  return ['concat', DOT_PREFIX, color] as DataDrivenPropertyValueSpecification<string>;
}

/** Primary name in the UI language, the other language on a second, smaller line. */
export function labelField(lang: 'en' | 'zh', en: string, zh: string): ExpressionSpecification {
  const [first, second] = lang === 'zh' ? [zh, en] : [en, zh];
  return ['format', ['get', first], {}, '\n', {}, ['get', second], { 'font-scale': LABEL.secondLine }];
}

const rank = (r: CityRank): ExpressionSpecification => ['==', ['get', 'rank'], r];
/** Beijing, the capitals and the cities that host a new area: shown from ZOOM.majorCitiesMin. */
const majorCity: ExpressionSpecification = ['any', ['!=', ['get', 'rank'], 'city'], ['get', 'host']];
/** A value by city rank. */
const byRank = (pick: (r: CityRank) => number | string): ExpressionSpecification =>
  [
    'case',
    rank('nation'),
    pick('nation'),
    rank('capital'),
    pick('capital'),
    pick('city'),
  ] as ExpressionSpecification;

/** Placement priority of city names (lower first): the order LABEL.city.order gives. */
export const citySortKey: ExpressionSpecification = [
  'case',
  rank('nation'),
  LABEL.city.order.indexOf('nation'),
  rank('capital'),
  LABEL.city.order.indexOf('capital'),
  ['get', 'host'],
  LABEL.city.order.indexOf('host'),
  LABEL.city.order.indexOf('city'),
];

/** Every layer whose words follow the UI language, and what it writes: the style is built with
 * these, and a language switch sets them again (apply-state.ts). */
export function textFields(lang: 'en' | 'zh'): Record<string, ExpressionSpecification> {
  const areaLabel = labelField(lang, 'label_en', 'label_zh');
  const name: ExpressionSpecification = ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
  return {
    // A municipality's or SAR's name gives way to its city's from the zoom the cities show.
    [LAYER.provinceLabels]: [
      'step',
      ['zoom'],
      name,
      CITY_PROVINCES.hiddenFrom,
      ['case', ['in', ['get', 'adcode'], ['literal', [...CITY_PROVINCES.adcodes]]], '', name],
    ],
    // The minor cities' names from their own zoom; below it only the major ones.
    [LAYER.cityLabels]: ['step', ['zoom'], ['case', majorCity, name, ''], ZOOM.citiesMin, name],
    [LAYER.waterLabels]: name,
    [LAYER.areaSymbolLabels]: areaLabel,
    [LAYER.areaLabels]: areaLabel,
    // Port names from their own zoom; below it the diamond alone.
    [LAYER.ports]: [
      'step',
      ['zoom'],
      '',
      ZOOM.portLabelsMin,
      ['get', lang === 'zh' ? 'name_zh' : 'plan_name'],
    ],
  };
}

/** Source id → detailed file, swapped in once the view first reaches ZOOM.detail. */
export const DETAIL_SOURCES: Record<string, string> = Object.fromEntries(
  (Object.keys(ZOOMED_FILES) as ZoomedLayer[]).map((k) => [SOURCE[k], ZOOMED_FILES[k]]),
);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

const DIMMED_OR = (dimmed: number, otherwise: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  state('dimmed'),
  dimmed,
  otherwise,
];

export function buildStyle(o: StyleOptions): StyleSpecification {
  const font = [o.fontFamily];
  const text = textFields(o.lang);
  const approx: ExpressionSpecification = ['==', ['get', 'precision'], 'approximate'];
  const layers: LayerSpecification[] = [
    { id: LAYER.background, type: 'background', paint: { 'background-color': COLOR.sea } },
    {
      id: LAYER.neighboursFill,
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': COLOR.neighbour, 'fill-outline-color': COLOR.neighbourEdge },
    },
    // No antialiased outline pass: the coast and border line layers draw every edge a fill would.
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-color': COLOR.land, 'fill-antialias': false },
    },
    // Context, under the coast and the borders: lakes in the sea's colour with a faint shore, rivers.
    {
      id: LAYER.lakes,
      type: 'fill',
      source: SOURCE.water,
      minzoom: ZOOM.waterMin,
      filter: kind('lake'),
      paint: { 'fill-color': COLOR.sea, 'fill-outline-color': COLOR.lakeEdge },
    },
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.water,
      minzoom: ZOOM.waterMin,
      filter: kind('river'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': COLOR.river, 'line-width': byZoom(LINE.river.width) },
    },
    {
      id: LAYER.coast,
      type: 'line',
      source: SOURCE.china,
      paint: { 'line-color': COLOR.coast, 'line-width': byZoom(LINE.coast.width) },
    },
    {
      id: LAYER.dashes,
      type: 'fill',
      source: SOURCE.dashes,
      paint: { 'fill-color': COLOR.dashes },
    },
    {
      id: LAYER.dashesLine,
      type: 'line',
      source: SOURCE.dashes,
      paint: { 'line-color': COLOR.dashes, 'line-width': LINE.dashes.width },
    },
    {
      id: LAYER.provinceBorders,
      type: 'line',
      source: SOURCE.provinceBorders,
      paint: {
        'line-color': COLOR.provinceBorder,
        'line-width': byZoom(LINE.provinceBorder.width),
        'line-dasharray': [...LINE.provinceBorder.dash],
      },
    },
    {
      id: LAYER.provinceLabels,
      type: 'symbol',
      source: SOURCE.provinceLabels,
      minzoom: ZOOM.provinceLabelsMin,
      layout: {
        'text-field': text[LAYER.provinceLabels],
        'text-font': font,
        'text-size': LABEL.province.size,
      },
      paint: {
        'text-color': COLOR.provinceLabel,
        'text-halo-color': COLOR.land,
        'text-halo-width': LABEL.province.halo,
      },
    },
    {
      id: LAYER.areasFill,
      type: 'fill',
      source: SOURCE.areas,
      minzoom: ZOOM.polygonMin,
      paint: {
        // No solid edge from the fill: the line layers draw the outline, dashed where approximate.
        'fill-antialias': false,
        'fill-color': o.areaColor,
        'fill-opacity': [
          'case',
          state('dimmed'),
          AREA_FILL_OPACITY.dimmed,
          state('selected'),
          AREA_FILL_OPACITY.selected,
          approx,
          AREA_FILL_OPACITY.approximate,
          AREA_FILL_OPACITY.exact,
        ],
      },
    },
    {
      id: LAYER.areasLineExact,
      type: 'line',
      source: SOURCE.areas,
      minzoom: ZOOM.polygonMin,
      filter: ['==', ['get', 'precision'], 'exact'],
      paint: {
        'line-color': o.areaColor,
        'line-width': LINE.areaExact.width,
        'line-opacity': DIMMED_OR(LINE.areaExact.dimmedOpacity, LINE.areaExact.opacity),
      },
    },
    {
      id: LAYER.areasLineApprox,
      type: 'line',
      source: SOURCE.areas,
      minzoom: ZOOM.polygonMin,
      filter: approx,
      paint: {
        'line-color': o.areaColor,
        'line-width': LINE.areaApprox.width,
        'line-opacity': DIMMED_OR(LINE.areaApprox.dimmedOpacity, LINE.areaApprox.opacity),
        'line-dasharray': [...LINE.areaApprox.dash],
      },
    },
    ...(['exact', 'approximate'] as const).map(
      (precision): LayerSpecification => ({
        // The selection and hover outline, dashed like the area's own outline where it is approximate.
        id: precision === 'exact' ? LAYER.areasHighlight : LAYER.areasHighlightApprox,
        type: 'line',
        source: SOURCE.areas,
        minzoom: ZOOM.polygonMin,
        filter: ['==', ['get', 'precision'], precision],
        paint: {
          'line-color': INK,
          'line-width': [
            'case',
            state('selected'),
            LINE.highlight.selected,
            state('hover'),
            LINE.highlight.hover,
            0,
          ],
          'line-opacity': [
            'case',
            state('selected'),
            LINE.highlight.selectedOpacity,
            state('hover'),
            LINE.highlight.hoverOpacity,
            0,
          ],
          ...(precision === 'approximate' ? { 'line-dasharray': [...LINE.highlight.approxDash] } : {}),
        },
      }),
    ),
    // Cities and water names, under every area symbol layer: MapLibre places upper layers' symbols
    // first, so the areas' names and dots win any collision with a city's or a river's name.
    {
      id: LAYER.cityDots,
      type: 'circle',
      source: SOURCE.cities,
      minzoom: ZOOM.majorCitiesMin,
      paint: {
        // The minor cities only from their own zoom: a radius of 0 until then.
        'circle-radius': [
          'step',
          ['zoom'],
          ['case', majorCity, byRank((r) => CITY[r].radius), 0],
          ZOOM.citiesMin,
          byRank((r) => CITY[r].radius),
        ],
        'circle-color': byRank((r) => CITY[r].fill),
        'circle-stroke-color': byRank((r) => CITY[r].rimColor),
        'circle-stroke-width': [
          'step',
          ['zoom'],
          ['case', majorCity, byRank((r) => CITY[r].rim), 0],
          ZOOM.citiesMin,
          byRank((r) => CITY[r].rim),
        ],
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.cityInner,
      type: 'circle',
      source: SOURCE.cities,
      minzoom: ZOOM.majorCitiesMin,
      filter: ['!=', ['get', 'rank'], 'city'],
      paint: {
        'circle-radius': byRank((r) => CITY[r].inner),
        'circle-color': byRank((r) => CITY[r].innerColor),
      },
    },
    {
      id: LAYER.waterLabels,
      type: 'symbol',
      source: SOURCE.water,
      minzoom: ZOOM.waterLabelsMin,
      filter: kind('label'),
      layout: {
        'text-field': text[LAYER.waterLabels],
        'text-font': font,
        'text-size': LABEL.water.size,
      },
      paint: {
        'text-color': LABEL.water.color,
        'text-halo-color': LABEL.water.haloColor,
        'text-halo-width': LABEL.water.halo,
      },
    },
    {
      id: LAYER.cityLabels,
      type: 'symbol',
      source: SOURCE.cities,
      minzoom: ZOOM.majorCitiesMin,
      layout: {
        'text-field': text[LAYER.cityLabels],
        'text-font': font,
        'text-size': byRank((r) => (r === 'city' ? LABEL.city.city.size : LABEL.city.capital.size)),
        'text-variable-anchor': [...LABEL.city.anchors],
        'text-radial-offset': LABEL.city.offset,
        'text-padding': LABEL.city.padding,
        'text-justify': 'auto',
        'symbol-sort-key': citySortKey,
      },
      paint: {
        'text-color': byRank((r) => (r === 'city' ? LABEL.city.city.color : LABEL.city.capital.color)),
        'text-halo-color': COLOR.halo,
        'text-halo-width': LABEL.city.halo,
      },
    },
    {
      // Invisible, finger-sized: at national zoom an area is a few pixels across, so the click target
      // is a 44 px circle around its symbol.
      id: LAYER.areaHit,
      type: 'circle',
      source: SOURCE.areaPoints,
      maxzoom: ZOOM.symbolMax,
      paint: { 'circle-radius': DOT.hitRadius, 'circle-opacity': 0, 'circle-stroke-width': 0 },
    },
    {
      // The selection ring, under the symbol. (A dot's hover ring is drawn in the page: Tooltip.tsx.)
      id: LAYER.areaHalo,
      type: 'circle',
      source: SOURCE.areaPoints,
      maxzoom: ZOOM.symbolMax,
      paint: {
        'circle-radius': byZoom(DOT_RING.radius),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': INK,
        'circle-stroke-width': ['case', state('selected'), DOT_RING.width, 0],
      },
    },
    {
      // Names at national zoom. The dots are a layer above, and MapLibre places upper layers
      // first, so a name makes way for every dot instead of covering one; a name that finds no
      // room is dropped, a dot never is.
      id: LAYER.areaSymbolLabels,
      type: 'symbol',
      source: SOURCE.areaPoints,
      maxzoom: ZOOM.symbolMax,
      layout: {
        'text-field': text[LAYER.areaSymbolLabels],
        'text-font': font,
        'text-size': byZoom(LABEL.areaBeside.size),
        'text-variable-anchor': [...LABEL.areaBeside.anchors],
        // Clear of the dot and its collision box.
        'text-radial-offset': LABEL.areaBeside.offset,
        'text-padding': LABEL.areaBeside.padding,
        'text-justify': 'auto',
      },
      paint: {
        'text-color': INK,
        'text-halo-color': COLOR.halo,
        'text-halo-width': LABEL.areaBeside.halo,
        'text-opacity': DIMMED_OR(LABEL.areaBeside.dimmedOpacity, 1),
      },
    },
    {
      id: LAYER.ports,
      type: 'symbol',
      source: SOURCE.ports,
      minzoom: ZOOM.portsMin,
      layout: {
        'icon-image': ['case', ['get', 'approximate'], portIcon(true), portIcon(false)],
        'icon-size': byZoom(PORT.scale),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': text[LAYER.ports],
        'text-font': font,
        'text-size': LABEL.port.size,
        'text-anchor': 'top',
        'text-offset': [0, LABEL.port.offset],
        'text-optional': true,
      },
      paint: {
        'text-color': COLOR.portLabel,
        'text-halo-color': COLOR.halo,
        'text-halo-width': LABEL.port.halo,
      },
    },
    {
      id: LAYER.areaLabels,
      type: 'symbol',
      source: SOURCE.areaPoints,
      minzoom: ZOOM.symbolMax,
      layout: {
        'text-field': text[LAYER.areaLabels],
        'text-font': font,
        'text-size': LABEL.area.size,
        'text-max-width': LABEL.area.maxWidth,
      },
      paint: {
        'text-color': INK,
        'text-halo-color': COLOR.halo,
        'text-halo-width': LABEL.area.halo,
        'text-opacity': DIMMED_OR(LABEL.area.dimmedOpacity, 1),
      },
    },
    {
      id: LAYER.areaSymbols,
      type: 'symbol',
      source: SOURCE.areaPoints,
      maxzoom: ZOOM.symbolMax,
      layout: {
        'icon-image': dotImage(o.areaColor),
        'icon-size': byZoom(DOT.scale),
        'icon-allow-overlap': true,
        'icon-padding': 0,
      },
      paint: { 'icon-opacity': DIMMED_OR(DOT.dimmedOpacity, 1) },
    },
  ];

  const source = (layer: GeoLayer, extra: { promoteId?: string; attribution?: string } = {}) => ({
    type: 'geojson' as const,
    data: o.data(layer),
    ...extra,
  });
  return {
    version: 8,
    name: 'New Areas Atlas',
    'font-faces': {
      [o.fontFamily]: o.fonts.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })),
    },
    sources: {
      [SOURCE.neighbours]: source('neighbours', { attribution: ATTRIBUTION.neighbours }),
      [SOURCE.provinces]: source('provinces', { attribution: ATTRIBUTION.boundaries }),
      [SOURCE.china]: source('china'),
      [SOURCE.provinceBorders]: source('provinceBorders'),
      [SOURCE.provinceLabels]: source('provinceLabels'),
      [SOURCE.areas]: source('areas', { promoteId: 'id' }),
      // The caveat rides on the points, the one area source drawn at every zoom.
      [SOURCE.areaPoints]: source('areaPoints', { promoteId: 'id', attribution: ATTRIBUTION.caveat }),
      [SOURCE.ports]: source('ports', { promoteId: 'id', attribution: ATTRIBUTION.ports }),
      [SOURCE.dashes]: source('dashes', { attribution: ATTRIBUTION.dashes }),
      // Empty until the view first reaches ZOOM.detail (apply-state.ts swaps the files in).
      [SOURCE.water]: { type: 'geojson', data: EMPTY, attribution: ATTRIBUTION.water },
      [SOURCE.cities]: { type: 'geojson', data: EMPTY, attribution: ATTRIBUTION.cities },
    },
    layers,
  };
}
