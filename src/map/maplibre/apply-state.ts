// Store state onto a MapLibre map, with the cheapest call for each kind of change: feature-state for
// selection and filters, setPaintProperty for colours, setLayoutProperty for label language. Shared
// by the live map and the off-screen map that renders exported slides, so both show the same thing.
import type {
  DataDrivenPropertyValueSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import { areaScale, colorExpression } from '../../colour/scales';
import { AREA_IDS, type AreaId, type ColorMode } from '../../data/types';
import { FONT_FAMILY, fontFiles } from '../../fonts/faces';
import type { Lang } from '../../i18n/strings';
import { pickState, selectMapShownIds } from '../../store/selectors';
import { initialState } from '../../store/state';
import { lightData } from '../geo-data';
import type { MapState } from '../renderer';
import { ZOOM } from '../tokens';
import { LAYER, SOURCE } from './ids';
import { buildStyle, DETAIL_SOURCES, dotImage, textFields } from './style';

/** A GeoJSON file for MapLibre: a URL of the bytes the page already fetched, or the parsed data. */
export type FileUrl = (file: string) => Promise<string | GeoJSON.GeoJSON>;

const colorOf = (mode: ColorMode) =>
  colorExpression(areaScale(mode)) as DataDrivenPropertyValueSpecification<string>;

/** The style for a state, with the light layers the page already holds (no second download). */
export async function styleFor(s: Pick<MapState, 'lang' | 'colorMode'>): Promise<StyleSpecification> {
  const [light, fonts] = await Promise.all([lightData(), fontFiles(document.baseURI)]);
  return buildStyle({
    data: (layer) => light[layer],
    fonts,
    fontFamily: FONT_FAMILY,
    lang: s.lang,
    areaColor: colorOf(s.colorMode),
  });
}

/** Swaps in the detailed outlines, once, when the view first reaches city zoom (and the style is
 * there to take them: the controller may move the map before it has loaded). */
export function loadDetailWhenZoomed(map: MapLibreMap, fileUrl: FileUrl): void {
  let done = false;
  const check = () => {
    if (done || map.getZoom() < ZOOM.detail || !map.getSource(SOURCE.areas)) return;
    done = true;
    for (const [source, file] of Object.entries(DETAIL_SOURCES)) {
      fileUrl(file).then(
        (url) => map.getSource<GeoJSONSource>(source)?.setData(url),
        (e: unknown) => map.fire('error', { error: e }),
      );
    }
  };
  map.on('moveend', check);
  map.on('load', check);
}

function setStates(map: MapLibreMap, ids: readonly AreaId[], key: string, value: (id: AreaId) => boolean) {
  for (const id of ids) {
    const v = value(id);
    map.setFeatureState({ source: SOURCE.areas, id }, { [key]: v });
    map.setFeatureState({ source: SOURCE.areaPoints, id }, { [key]: v });
  }
}

type Filters = Pick<MapState, 'strategies' | 'industry' | 'measure' | 'year' | 'compare'>;

/** Dims the areas the filters, the timeline's year or a comparison leave out, touching only those whose dimming differs from `prev`'s:
 * each touched area is a repaint of its tiles. */
export function applyFilters(map: MapLibreMap, s: Filters, prev: Filters): void {
  const visible = new Set(selectMapShownIds(s));
  const wasVisible = new Set(selectMapShownIds(prev));
  const changed = AREA_IDS.filter((id) => visible.has(id) !== wasVisible.has(id));
  setStates(map, changed, 'dimmed', (id) => !visible.has(id));
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

/**
 * What a style built for `s` (styleFor), or restored from MapLibre's snapshot of it, shows before any
 * change: its colours and language, nothing dimmed or selected (feature state is not in a style).
 */
export const freshStyle = (s: MapState): MapState => ({
  ...s,
  ...pickState(initialState, ['selected', 'strategies', 'industry', 'measure', 'year', 'compare']),
});

/** Only what changed between two states. */
export function applyChanges(map: MapLibreMap, s: MapState, prev: MapState): void {
  if (
    s.strategies !== prev.strategies ||
    s.industry !== prev.industry ||
    s.measure !== prev.measure ||
    s.year !== prev.year ||
    s.compare !== prev.compare
  ) {
    applyFilters(map, s, prev);
  }
  if (s.selected !== prev.selected) applySelection(map, s.selected, prev.selected);
  if (s.colorMode !== prev.colorMode) applyColors(map, s.colorMode);
  if (s.lang !== prev.lang) applyLang(map, s.lang);
}
