// The live map: builds MapLibre from the style, reports clicks and hovers to the store, and applies
// store changes with the cheapest call that does the job (feature-state for selection and filters,
// setPaintProperty for colours, setLayoutProperty for label language) — never a style rebuild.
import {
  AttributionControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import { areaScale, colorExpression } from '../colour/scales';
import { AREA_IDS, type AreaId } from '../data/types';
import { FONT_FAMILY, fontFiles } from '../fonts/faces';
import { selectVisibleIds } from '../store/selectors';
import type { AppState } from '../store/state';
import { type Bounds, boundsById } from './bounds';
import { iconFor } from './icons';
import { AREA_LAYERS, LAYER, SOURCE } from './ids';
import { buildStyle, DETAIL_FILES, dotImage, labelField } from './style';
import { CHINA_BOUNDS, DETAIL_ZOOM } from './zoom';

setWorkerUrl(workerUrl);

export type MapDeps = {
  getState: () => AppState;
  subscribe: (listener: (s: AppState, prev: AppState) => void) => () => void;
  onSelect: (id: AreaId) => void;
  onHover: (hover: { id: AreaId; x: number; y: number } | null) => void;
  onError: (message: string) => void;
};

export type AtlasMap = { map: MapLibreMap; destroy: () => void };

const isAreaId = (v: unknown): v is AreaId =>
  typeof v === 'string' && (AREA_IDS as readonly string[]).includes(v);
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function areaOf(f: MapGeoJSONFeature): AreaId | null {
  const id = f.layer.id === LAYER.ports ? f.properties.area_id : f.properties.id;
  return isAreaId(id) ? id : null;
}

export function createAtlasMap(container: HTMLElement, region: HTMLElement, deps: MapDeps): AtlasMap {
  const initial = deps.getState();
  const geoBase = new URL('geo/', document.baseURI).href;
  const map = new MapLibreMap({
    container,
    style: buildStyle({
      geoBase,
      fonts: fontFiles(document.baseURI),
      fontFamily: FONT_FAMILY,
      lang: initial.lang,
      areaColor: colorExpression(
        areaScale(initial.colorMode),
      ) as DataDrivenPropertyValueSpecification<string>,
    }),
    hash: 'map',
    ...(window.location.hash.includes('map=')
      ? {}
      : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: 16 } }),
    minZoom: 2,
    maxZoom: 11,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: false }), 'bottom-right');

  // aria-busy: true from the first frame of any load, move or repaint until MapLibre says idle.
  const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));
  setBusy(true);
  map.on('render', () => setBusy(true));
  map.on('idle', () => setBusy(false));
  map.on('error', (e) => deps.onError(e.error?.message ?? 'unknown map error'));
  // Icons are drawn in code; MapLibre 6 asks for them through a resolver, not an event.
  map.setMissingStyleImageResolver((id) => {
    const icon = iconFor(id);
    if (icon && !map.hasImage(id)) map.addImage(id, icon.image, { pixelRatio: icon.pixelRatio });
  });

  // Clicks and hovers: the area under the pointer; where 44 px hit circles overlap, the nearest symbol.
  const pick = (e: MapMouseEvent): AreaId | null => {
    const layers = [...AREA_LAYERS, LAYER.ports].filter((id) => map.getLayer(id));
    const hits = map.queryRenderedFeatures(e.point, { layers });
    let best: { id: AreaId; d: number } | null = null;
    for (const f of hits) {
      const id = areaOf(f);
      if (!id) continue;
      let d = 0;
      if (f.geometry.type === 'Point') {
        const p = map.project(f.geometry.coordinates as [number, number]);
        d = Math.hypot(p.x - e.point.x, p.y - e.point.y);
      }
      if (!best || d < best.d) best = { id, d };
    }
    return best?.id ?? null;
  };
  map.on('click', (e) => {
    const id = pick(e);
    if (id) deps.onSelect(id);
  });
  let hovered: AreaId | null = null;
  map.on('mousemove', (e) => {
    const id = pick(e);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    setHoverState(id);
    deps.onHover(id ? { id, x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseout', () => {
    map.getCanvas().style.cursor = '';
    setHoverState(null);
    deps.onHover(null);
  });
  function setHoverState(id: AreaId | null) {
    if (id === hovered) return;
    for (const source of [SOURCE.areas, SOURCE.areaPoints]) {
      if (hovered) map.setFeatureState({ source, id: hovered }, { hover: false });
      if (id) map.setFeatureState({ source, id }, { hover: true });
    }
    hovered = id;
  }

  let bounds: Promise<Map<string, Bounds>> | null = null;
  const areaBounds = () => {
    bounds ??= (
      map.getSource<GeoJSONSource>(SOURCE.areas)?.getData() ?? Promise.reject(new Error('no areas'))
    ).then((fc) => boundsById(fc as GeoJSON.FeatureCollection));
    return bounds;
  };

  // Detailed outlines are fetched once, the first time the view reaches city zoom.
  let detailed = false;
  const maybeLoadDetail = () => {
    if (detailed || map.getZoom() < DETAIL_ZOOM) return;
    detailed = true;
    bounds = null;
    for (const [source, file] of Object.entries(DETAIL_FILES)) {
      map.getSource<GeoJSONSource>(source)?.setData(`${geoBase}${file}`);
    }
  };
  map.on('zoomend', maybeLoadDetail);
  map.once('load', maybeLoadDetail);

  const frame = async (id: AreaId) => {
    const b = (await areaBounds()).get(id);
    if (!b || deps.getState().selected !== id) return;
    // Leave room for the legend, which sits over the map's top-left corner on a wide map.
    const wide = map.getContainer().clientWidth > 700;
    const padding = { top: 50, bottom: 50, right: 50, left: wide ? 300 : 50 };
    const camera = map.cameraForBounds(b, { padding, maxZoom: 8.5 });
    if (!camera) return;
    const zoom = Math.max(camera.zoom ?? 7, 6.5);
    if (reducedMotion()) map.jumpTo({ center: camera.center, zoom });
    else map.easeTo({ center: camera.center, zoom, duration: 900 });
  };

  // Store → map.
  const setStates = (ids: readonly AreaId[], key: string, value: (id: AreaId) => boolean) => {
    for (const id of ids) {
      const v = value(id);
      map.setFeatureState({ source: SOURCE.areas, id }, { [key]: v });
      map.setFeatureState({ source: SOURCE.areaPoints, id }, { [key]: v });
    }
  };
  const applyFilters = (s: AppState) => {
    const visible = new Set(selectVisibleIds(s));
    setStates(AREA_IDS, 'dimmed', (id) => !visible.has(id));
  };
  const applySelection = (s: AppState, prev: AreaId | null) => {
    if (prev) setStates([prev], 'selected', () => false);
    if (s.selected) {
      setStates([s.selected], 'selected', () => true);
      void frame(s.selected);
    }
  };
  const applyColors = (s: AppState) => {
    const expr = colorExpression(areaScale(s.colorMode)) as DataDrivenPropertyValueSpecification<string>;
    map.setPaintProperty(LAYER.areasFill, 'fill-color', expr);
    map.setPaintProperty(LAYER.areasLineExact, 'line-color', expr);
    map.setPaintProperty(LAYER.areasLineApprox, 'line-color', expr);
    map.setLayoutProperty(LAYER.areaSymbols, 'icon-image', dotImage(expr));
  };
  const applyLang = (s: AppState) => {
    for (const layer of [LAYER.areaSymbolLabels, LAYER.areaLabels]) {
      map.setLayoutProperty(layer, 'text-field', labelField(s.lang, 'label_en', 'label_zh'));
    }
    map.setLayoutProperty(LAYER.provinceLabels, 'text-field', [
      'get',
      s.lang === 'zh' ? 'name_zh' : 'name_en',
    ]);
    map.setLayoutProperty(LAYER.ports, 'text-field', [
      'step',
      ['zoom'],
      '',
      6,
      ['get', s.lang === 'zh' ? 'name_zh' : 'plan_name'],
    ]);
  };

  let ready = false;
  // Whatever changed before the style was ready is applied in full once it is.
  map.once('load', () => {
    ready = true;
    const s = deps.getState();
    applyFilters(s);
    applySelection(s, null);
    applyColors(s);
    applyLang(s);
  });
  // Feature-state on a source survives setData, so the detail swap keeps selection and dimming.
  const unsubscribe = deps.subscribe((s, prev) => {
    if (!ready) return;
    if (s.strategies !== prev.strategies || s.industry !== prev.industry || s.measure !== prev.measure) {
      applyFilters(s);
    }
    if (s.selected !== prev.selected) applySelection(s, prev.selected);
    if (s.colorMode !== prev.colorMode) applyColors(s);
    if (s.lang !== prev.lang) applyLang(s);
  });

  return {
    map,
    destroy: () => {
      unsubscribe();
      map.remove();
    },
  };
}
