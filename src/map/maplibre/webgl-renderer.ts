// The WebGL renderer: MapLibre, loaded on demand (this module is imported dynamically, so its ~430 KB
// never delays the first picture), drawing under the 2D picture until it is idle at the same camera.
// It applies store changes with the cheapest call for each (apply-state.ts): never a style rebuild,
// never setData for a selection.
import { type MapGeoJSONFeature, Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { isAreaId } from '../../data';
import type { AreaId } from '../../data/types';
import { type Camera, type Point, sameCamera } from '../camera';
import { geoSourceData } from '../geo-data';
import type { Hit, MapState, Renderer, RendererEvents } from '../renderer';
import { applyChanges, freshStyle, loadDetailWhenZoomed, styleFor } from './apply-state';
import { installIcons } from './icons';
import { AREA_LAYERS, LAYER, SOURCE } from './ids';
import { MAP_OPTIONS } from './options';

setWorkerUrl(workerUrl);
// Start MapLibre's workers as soon as this module arrives, while the style's files are resolved
// (not where there are no workers, as in jsdom).
if (typeof Worker === 'function') prewarm();

export type WebglEvents = RendererEvents & {
  /** The GPU took the context away: nothing this renderer draws will show until it is restored. */
  onLost: () => void;
  /** The context is back and the style rebuilt; drawing resumes. */
  onRestored: () => void;
};

function areaOf(f: MapGeoJSONFeature): AreaId | null {
  const id = f.layer.id === LAYER.ports ? f.properties.area_id : f.properties.id;
  return typeof id === 'string' && isAreaId(id) ? id : null;
}

const centre = (c: Camera): [number, number] => [c.lon, c.lat];

/**
 * Creates the map in a container of its own inside `surface`. Rejects if the browser will not give
 * MapLibre a WebGL2 context (its GPUInitializationError) or the style cannot be built.
 */
export async function createWebglRenderer(
  surface: HTMLElement,
  initial: { camera: Camera; state: MapState },
  events: WebglEvents,
): Promise<Renderer> {
  const style = await styleFor(initial.state);
  const container = document.createElement('div');
  container.className = 'map-webgl';
  container.setAttribute('aria-hidden', 'true');
  surface.appendChild(container);
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style,
      center: centre(initial.camera),
      zoom: initial.camera.zoom,
      ...MAP_OPTIONS,
    });
  } catch (e) {
    container.remove();
    throw e;
  }
  installIcons(map);
  loadDetailWhenZoomed(map, geoSourceData);

  let state = initial.state;
  /** What the map's style and feature state show: `state` once applied. */
  let applied = freshStyle(initial.state);
  const apply = () => {
    applyChanges(map, state, applied);
    applied = state;
  };
  let shown = initial.camera;
  let loaded = false;
  let lost = false;
  let hovered: AreaId | null = null;
  let firstIdle: () => void = () => undefined;
  const ready = new Promise<void>((r) => {
    firstIdle = r;
  });

  map.on('render', () => events.onBusy(true));
  map.on('idle', () => {
    events.onBusy(false);
    if (loaded) firstIdle();
  });
  map.on('error', (e) => events.onError(e.error instanceof Error ? e.error : new Error(String(e.error))));
  // The style was built for the state at creation; whatever differs now is applied on load.
  map.once('load', () => {
    loaded = true;
    apply();
  });
  map.on('webglcontextlost', () => {
    lost = true;
    events.onLost();
  });
  map.on('webglcontextrestored', () => {
    // MapLibre rebuilds the style from a snapshot, without its feature state: once it is loaded
    // again, put it all back, then draw again.
    hovered = null;
    const back = () => {
      lost = false;
      applied = freshStyle(applied);
      if (loaded) apply();
      events.onRestored();
    };
    if (map.isStyleLoaded()) back();
    else map.once('style.load', back);
  });

  const setHoverState = (id: AreaId | null) => {
    if (id === hovered || !loaded || lost) return;
    if (hovered) map.setFeatureState({ source: SOURCE.areas, id: hovered }, { hover: false });
    if (id) map.setFeatureState({ source: SOURCE.areas, id }, { hover: true });
    hovered = id;
  };

  return {
    kind: 'webgl',
    element: container,
    setCamera(c) {
      // Asked again for the camera it shows (a hand-over), it keeps its picture: no repaint.
      if (sameCamera(c, shown)) return;
      shown = c;
      map.jumpTo({ center: centre(c), zoom: c.zoom });
    },
    setState(s) {
      state = s;
      if (loaded && !lost) apply();
    },
    setHover: setHoverState,
    pick(p: Point): Hit | null {
      if (!loaded || lost) return null;
      const layers = [...AREA_LAYERS, LAYER.ports].filter((id) => map.getLayer(id));
      // Where 44 px targets overlap, the nearest dot; inside an outline or on a name, distance 0.
      let best: { id: AreaId; d: number; dot: Point | null } | null = null;
      for (const f of map.queryRenderedFeatures([p.x, p.y], { layers })) {
        const id = areaOf(f);
        if (!id) continue;
        let d = 0;
        let dot: Point | null = null;
        if (f.geometry.type === 'Point') {
          const at = map.project(f.geometry.coordinates as [number, number]);
          dot = { x: at.x, y: at.y };
          d = Math.hypot(at.x - p.x, at.y - p.y);
        }
        if (!best || d < best.d) best = { id, d, dot };
      }
      const found = best as { id: AreaId; d: number; dot: Point | null } | null;
      return found && { id: found.id, dot: found.dot };
    },
    resize() {
      map.resize();
    },
    // MapLibre takes the screen only when idle at the current camera: its canvas already holds it.
    drawNow() {},
    ready: () => ready,
    destroy() {
      map.remove();
      container.remove();
    },
  };
}
