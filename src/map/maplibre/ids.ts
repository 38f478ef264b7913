// Source and layer ids in one place: the style, the event wiring and the tests name them alike. A
// source is named as its layer in geo-files.ts.
import type { ContextLayer, GeoLayer } from '../geo-files';

export const SOURCE = {
  neighbours: 'neighbours',
  provinces: 'provinces',
  china: 'china',
  provinceBorders: 'province-borders',
  provinceLabels: 'province-labels',
  areas: 'areas',
  areaPoints: 'area-points',
  ports: 'ports',
  dashes: 'scs-dashes',
  water: 'water',
  cities: 'cities',
} as const satisfies Record<GeoLayer | ContextLayer, string>;

export const LAYER = {
  background: 'background',
  neighboursFill: 'neighbours-fill',
  provincesFill: 'provinces-fill',
  lakes: 'lakes',
  rivers: 'rivers',
  coast: 'coast',
  dashes: 'scs-dashes',
  dashesLine: 'scs-dashes-line',
  provinceBorders: 'province-borders',
  provinceLabels: 'province-labels',
  areasFill: 'areas-fill',
  areasLineExact: 'areas-line-exact',
  areasLineApprox: 'areas-line-approx',
  areasHighlight: 'areas-highlight',
  areasHighlightApprox: 'areas-highlight-approx',
  cityDots: 'city-dots',
  cityInner: 'city-inner',
  waterLabels: 'water-labels',
  cityLabels: 'city-labels',
  areaHit: 'area-hit',
  areaHalo: 'area-halo',
  areaSymbols: 'area-symbols',
  areaSymbolLabels: 'area-symbol-labels',
  ports: 'ports',
  areaLabels: 'area-labels',
} as const;

/** Layers whose features are areas: a click or hover on any of them means that area. */
export const AREA_LAYERS = [
  LAYER.areaHit,
  LAYER.areaSymbols,
  LAYER.areaSymbolLabels,
  LAYER.areaLabels,
  LAYER.areasFill,
] as const;
