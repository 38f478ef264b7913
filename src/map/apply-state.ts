// Store state onto a MapLibre map, with the cheapest call for each kind of change: feature-state for
// selection and filters, setPaintProperty for colours, setLayoutProperty for label language. Shared
// by the live map and the off-screen map that renders exported slides, so both show the same thing.
import type {
  DataDrivenPropertyValueSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import { areaScale, colorExpression } from '../colour/scales';
import { AREA_IDS, type AreaId, type ColorMode } from '../data/types';
import { FONT_FAMILY, fontFiles } from '../fonts/faces';
import type { Lang } from '../i18n/strings';
import { selectVisibleIds } from '../store/selectors';
import type { AppState } from '../store/state';
import { LAYER, SOURCE } from './ids';
import { buildStyle, DETAIL_FILES, dotImage, geoBase, textFields } from './style';
import { DETAIL_ZOOM } from './zoom';

export type MapState = Pick<
  AppState,
  'selected' | 'strategies' | 'industry' | 'measure' | 'colorMode' | 'lang'
>;

const colorOf = (mode: ColorMode) =>
  colorExpression(areaScale(mode)) as DataDrivenPropertyValueSpecification<string>;

export function styleFor(s: Pick<MapState, 'lang' | 'colorMode'>): StyleSpecification {
  return buildStyle({
    geoBase: geoBase(),
    fonts: fontFiles(document.baseURI),
    fontFamily: FONT_FAMILY,
    lang: s.lang,
    areaColor: colorOf(s.colorMode),
  });
}

/** Swaps in the detailed outlines, once, when the view first reaches city zoom. */
export function loadDetailWhenZoomed(map: MapLibreMap): void {
  let done = false;
  const check = () => {
    if (done || map.getZoom() < DETAIL_ZOOM) return;
    done = true;
    for (const [source, file] of Object.entries(DETAIL_FILES)) {
      map.getSource<GeoJSONSource>(source)?.setData(`${geoBase()}${file}`);
    }
  };
  map.on('zoomend', check);
  if (map.loaded()) check();
  else map.once('load', check);
}

function setStates(map: MapLibreMap, ids: readonly AreaId[], key: string, value: (id: AreaId) => boolean) {
  for (const id of ids) {
    const v = value(id);
    map.setFeatureState({ source: SOURCE.areas, id }, { [key]: v });
    map.setFeatureState({ source: SOURCE.areaPoints, id }, { [key]: v });
  }
}

export function applyFilters(
  map: MapLibreMap,
  s: Pick<MapState, 'strategies' | 'industry' | 'measure'>,
): void {
  const visible = new Set(selectVisibleIds(s));
  setStates(map, AREA_IDS, 'dimmed', (id) => !visible.has(id));
}

export function applySelection(map: MapLibreMap, selected: AreaId | null, prev: AreaId | null): void {
  if (prev && prev !== selected) setStates(map, [prev], 'selected', () => false);
  if (selected) setStates(map, [selected], 'selected', () => true);
}

export function applyColors(map: MapLibreMap, mode: ColorMode): void {
  const expr = colorOf(mode);
  map.setPaintProperty(LAYER.areasFill, 'fill-color', expr);
  map.setPaintProperty(LAYER.areasLineExact, 'line-color', expr);
  map.setPaintProperty(LAYER.areasLineApprox, 'line-color', expr);
  map.setLayoutProperty(LAYER.areaSymbols, 'icon-image', dotImage(expr));
}

export function applyLang(map: MapLibreMap, lang: Lang): void {
  for (const [layer, field] of Object.entries(textFields(lang))) {
    map.setLayoutProperty(layer, 'text-field', field);
  }
}

/** Everything at once, for a map whose style has just loaded. */
export function applyAll(map: MapLibreMap, s: MapState): void {
  applyFilters(map, s);
  applySelection(map, s.selected, null);
  applyColors(map, s.colorMode);
  applyLang(map, s.lang);
}
