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
import { DETAIL_FILES, type DetailLayer, type GeoLayer } from '../geo-files';
import { DOT_PREFIX, portIcon } from '../icons';
import {
  AREA_FILL_OPACITY,
  type ByZoom,
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

/** Every layer whose words follow the UI language, and what it writes: the style is built with
 * these, and a language switch sets them again (apply-state.ts). */
export function textFields(lang: 'en' | 'zh'): Record<string, ExpressionSpecification> {
  const areaLabel = labelField(lang, 'label_en', 'label_zh');
  return {
    [LAYER.provinceLabels]: ['get', lang === 'zh' ? 'name_zh' : 'name_en'],
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
export const DETAIL_SOURCES = Object.fromEntries(
  (Object.keys(DETAIL_FILES) as DetailLayer[]).map((k) => [SOURCE[k], DETAIL_FILES[k]]),
) as Record<string, string>;

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
    },
    layers,
  };
}
