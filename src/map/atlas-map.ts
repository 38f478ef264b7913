// The live map: builds MapLibre from the style, reports clicks, hovers and moves to the store, and
// applies store changes through apply-state.ts — never a style rebuild, never setData for a selection.
import {
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  type MapMouseEvent,
  prewarm,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { isAreaId, outlineOf } from '../data';
import type { AreaId, Bounds } from '../data/types';
import type { AppState, Hover } from '../store/state';
import {
  applyAll,
  applyColors,
  applyFilters,
  applyLang,
  applySelection,
  loadDetailWhenZoomed,
  styleFor,
} from './apply-state';
import { installIcons } from './icons';
import { AREA_LAYERS, LAYER, SOURCE } from './ids';
import { addControls, FIRST_VIEW, MAP_OPTIONS } from './options';
import { dotRingRadius } from './zoom';

setWorkerUrl(workerUrl);
// Start MapLibre's workers now, while React is still rendering, not when the map is created
// (not where there are no workers, as in jsdom).
if (typeof Worker === 'function') prewarm();

export type MapDeps = {
  getState: () => AppState;
  subscribe: (listener: (s: AppState, prev: AppState) => void) => () => void;
  onSelect: (id: AreaId) => void;
  onHover: (hover: Hover | null) => void;
  /** What the map shows after each move: west, south, east, north. */
  onMove: (bounds: Bounds) => void;
  onError: (message: string) => void;
};

export type AtlasMap = { map: MapLibreMap; destroy: () => void };

/** The details panel's width, from the stylesheet, so layout and framing agree. */
const detailsWidth = () =>
  Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--details-width')) || 0;

const HOVER_REST_MS = 120;

/** Runs after the browser has painted the current frame. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function areaOf(f: MapGeoJSONFeature): AreaId | null {
  const id = f.layer.id === LAYER.ports ? f.properties.area_id : f.properties.id;
  return typeof id === 'string' && isAreaId(id) ? id : null;
}

export function createAtlasMap(container: HTMLElement, region: HTMLElement, deps: MapDeps): AtlasMap {
  const initial = deps.getState();
  const map = new MapLibreMap({
    container,
    style: styleFor(initial),
    hash: 'map',
    ...(window.location.hash.includes('map=') ? {} : FIRST_VIEW),
    ...MAP_OPTIONS,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  addControls(map);

  // aria-busy: true from the first frame of any load, move or repaint until MapLibre says idle.
  const setBusy = (busy: boolean) => region.setAttribute('aria-busy', String(busy));
  setBusy(true);
  map.on('render', () => setBusy(true));
  map.on('idle', () => setBusy(false));
  map.on('error', (e) => deps.onError(e.error?.message ?? 'unknown map error'));
  installIcons(map);

  // Clicks and hovers: the area under the pointer; where 44 px hit circles overlap, the nearest symbol
  // (`dot`: where that symbol is on the canvas; null when the pointer is inside an outline).
  const pick = (e: MapMouseEvent): { id: AreaId; dot: { x: number; y: number } | null } | null => {
    const layers = [...AREA_LAYERS, LAYER.ports].filter((id) => map.getLayer(id));
    const hits = map.queryRenderedFeatures(e.point, { layers });
    let best: { id: AreaId; d: number; dot: { x: number; y: number } | null } | null = null;
    for (const f of hits) {
      const id = areaOf(f);
      if (!id) continue;
      let d = 0;
      let dot = null;
      if (f.geometry.type === 'Point') {
        dot = map.project(f.geometry.coordinates as [number, number]);
        d = Math.hypot(dot.x - e.point.x, dot.y - e.point.y);
      }
      if (!best || d < best.d) best = { id, d, dot: dot && { x: dot.x, y: dot.y } };
    }
    return best && { id: best.id, dot: best.dot };
  };
  map.on('click', (e) => {
    const hit = pick(e);
    if (hit) deps.onSelect(hit.id);
  });
  // Hovering an outline thickens it on the map, once the pointer rests: each highlight is a full
  // repaint (~100 ms of GPU time in software WebGL), and a pointer passing over on its way to a
  // click should not cost one. Hovering a dot draws its ring in the page instead (Tooltip.tsx):
  // people rest on a dot just before they click it, and a repaint then would hold up the answer.
  let hovered: AreaId | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  map.on('mousemove', (e) => {
    const hit = pick(e);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    clearTimeout(hoverTimer);
    const outline = hit && !hit.dot ? hit.id : null;
    hoverTimer = setTimeout(() => setHoverState(outline), HOVER_REST_MS);
    const ring = hit?.dot ? { ...hit.dot, r: dotRingRadius(map.getZoom()) } : undefined;
    deps.onHover(hit ? { id: hit.id, x: e.point.x, y: e.point.y, ...(ring ? { ring } : {}) } : null);
  });
  const clearHover = () => {
    map.getCanvas().style.cursor = '';
    clearTimeout(hoverTimer);
    setHoverState(null);
    deps.onHover(null);
  };
  map.on('mouseout', clearHover);
  // The tooltip and ring are placed in screen pixels, so they go when the map moves under them.
  map.on('movestart', clearHover);
  function setHoverState(id: AreaId | null) {
    if (id === hovered) return;
    if (hovered) map.setFeatureState({ source: SOURCE.areas, id: hovered }, { hover: false });
    if (id) map.setFeatureState({ source: SOURCE.areas, id }, { hover: true });
    hovered = id;
  }

  loadDetailWhenZoomed(map);

  // Leave room for the legend over the map's top-left corner and, while an area is selected, for
  // the details panel over its right side (on a wide screen; a narrow one stacks them below).
  const padding = () => {
    const width = map.getContainer().clientWidth;
    const wide = width > 700;
    const panel = wide && deps.getState().selected ? detailsWidth() : 0;
    // Keep clear of the legend only where that still leaves the area a fair share of the map.
    const legend = width - panel > 900 ? 280 : 0;
    return { top: 50, bottom: 50, right: 50 + panel, left: 50 + legend };
  };
  /** Frames a box: eased, or at once under prefers-reduced-motion. */
  const fly = (b: Bounds, zoom: { max: number; min?: number }) => {
    const camera = map.cameraForBounds(
      [
        [b[0], b[1]],
        [b[2], b[3]],
      ],
      { padding: padding(), maxZoom: zoom.max },
    );
    if (!camera) return;
    const target = { ...camera, zoom: Math.max(camera.zoom ?? zoom.max, zoom.min ?? 0) };
    if (reducedMotion()) map.jumpTo(target);
    else map.easeTo({ ...target, duration: 900 });
  };
  // A selected area is framed close enough that its outline, not just its dot, is drawn.
  const frame = (id: AreaId) => fly(outlineOf(id).bbox, { max: 8.5, min: 6.5 });
  map.on('moveend', () => {
    const b = map.getBounds();
    const r = (v: number) => Math.round(v * 1000) / 1000;
    deps.onMove([r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())]);
  });

  let ready = false;
  // Whatever changed before the style was ready is applied in full once it is.
  map.once('load', () => {
    ready = true;
    const s = deps.getState();
    applyAll(map, s);
    if (s.cameraRequest) fly(s.cameraRequest.bounds, { max: 11 });
    else if (s.selected) frame(s.selected);
  });
  // Feature-state on a source survives setData, so the detail swap keeps selection and dimming.
  const unsubscribe = deps.subscribe((s, prev) => {
    if (!ready) return;
    if (s.strategies !== prev.strategies || s.industry !== prev.industry || s.measure !== prev.measure) {
      applyFilters(map, s);
    }
    // The details panel paints first; the map's highlight and camera follow one frame later, so
    // the answer to a click appears at once and the map's own repaint does not hold it up.
    // Closing the details stops a flight to the area that was just let go.
    if (prev.selected && !s.selected && s.cameraRequest === prev.cameraRequest) map.stop();
    if (s.selected !== prev.selected) {
      const [selected, before] = [s.selected, prev.selected];
      afterPaint(() => applySelection(map, selected, before));
    }
    // A briefing step brings its own camera; otherwise a new selection is framed.
    const request = s.cameraRequest !== prev.cameraRequest ? s.cameraRequest : null;
    const framed = s.selected !== prev.selected ? s.selected : null;
    if (request) afterPaint(() => fly(request.bounds, { max: 11 }));
    else if (framed) afterPaint(() => deps.getState().selected === framed && frame(framed));
    if (s.colorMode !== prev.colorMode) applyColors(map, s.colorMode);
    if (s.lang !== prev.lang) applyLang(map, s.lang);
  });

  return {
    map,
    destroy: () => {
      clearTimeout(hoverTimer);
      unsubscribe();
      map.remove();
    },
  };
}
