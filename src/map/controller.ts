// The one map controller. It owns the camera (d3-zoom turns drags, wheels, pinches and double-clicks
// into it; the keys and buttons ask it for moves), turns store changes into renderer calls, and
// pointer input into store actions. It starts with the 2D renderer, which draws the first picture as
// soon as the light files are parsed, then hands the screen to MapLibre once that is idle at the same
// camera, and takes it back if the WebGL context is lost. It never asks which renderer it has, only
// which one is on screen.
import { select } from 'd3-selection';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { areaBounds, unionBounds } from '../data/bounds';
import type { AreaId, Bounds } from '../data/types';
import type { Hover } from '../store/hover';
import { pickState } from '../store/selectors';
import type { AppState } from '../store/state';
import {
  type Camera,
  constrain,
  fromWorld,
  type Point,
  type Size,
  sameCamera,
  toWorld,
  visibleBounds,
} from './camera';
import { formatCameraHash, type HashProblem, parseCameraHash } from './camera-hash';
import { coveredInsets, isNarrow } from './insets';
import type { WebglEvents } from './maplibre/webgl-renderer';
import { createCanvasRenderer } from './painter/canvas-renderer';
import { MAP_KEYS, type MapState, type Renderer, type RendererKind } from './renderer';
import { atZoom, DOT_RING, ZOOM } from './tokens';
import { AREA_FRAME, COMPARE_FRAME, frameBox, framePadding, nationalCamera, STEP_FRAME } from './views';
import { webglModule } from './webgl-module';

export type ControllerDeps = {
  /** The map region: carries aria-busy and data-renderer. */
  region: HTMLElement;
  /** Where the renderers draw and the pointer and keys are read. */
  surface: HTMLElement;
  getState: () => AppState;
  subscribe: (listener: (s: AppState, prev: AppState) => void) => () => void;
  onSelect: (id: AreaId) => void;
  onHover: (hover: Hover | null) => void;
  /** What the map shows after each move: west, south, east, north. */
  onMove: (bounds: Bounds) => void;
  /** Each camera the map shows (for the scale bar). */
  onCamera: (camera: Camera, size: Size) => void;
  /** The first complete picture is on screen. */
  onFirstPicture?: () => void;
  /** A `#map=` value that is not a camera on the map. */
  onBadHash: (problem: HashProblem) => void;
  /** Something the map could not draw (a layer that failed to load); the map goes on without it. */
  onError: (error: Error) => void;
  /** The map cannot draw at all (its first data did not load). */
  onFailed: (error: Error) => void;
  /** The WebGL renderer's module, or null without WebGL2 (a stand-in in tests). */
  loadWebgl?: () => Promise<typeof import('./maplibre/webgl-renderer') | null>;
};

export type MapController = {
  /** Zooms by a number of levels about the centre (the +/− buttons and keys). */
  zoomBy(levels: number): void;
  /** Pans by screen pixels (the arrow keys). */
  panBy(dx: number, dy: number): void;
  destroy(): void;
};

/** The picture on screen did not finish within BUSY_LIMIT_MS. */
export class MapStalled extends Error {}

const HOVER_REST_MS = 120;
/** Far longer than any picture takes here (MapLibre's first, in software WebGL, 2–3 s; 10× that on a
 * machine busy with other work), short of leaving a screen reader waiting for good. */
const BUSY_LIMIT_MS = 45_000;
const FLY_MS = 900;
const KEY_MOVE_MS = 300;

/** A box to frame, between two zooms (views.ts). */
type FrameTarget = { box: Bounds; zoom: { max: number; min?: number } };

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
/** Runs after the browser has painted the current frame. */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

const mapStateOf = (s: AppState): MapState => pickState(s, MAP_KEYS);
const mapStateChanged = (a: AppState, b: AppState) => MAP_KEYS.some((k) => a[k] !== b[k]);

export function createMapController(deps: ControllerDeps): MapController {
  const { region, surface } = deps;
  const sel = select(surface);
  const size = (): Size => ({ width: surface.clientWidth, height: surface.clientHeight });

  // The camera: from the link, else the selected area, else all of China.
  const linked = parseCameraHash(window.location.hash);
  if (linked.problem) deps.onBadHash(linked.problem);
  const start = deps.getState();
  let camera: Camera = linked.camera
    ? constrain(linked.camera, size())
    : (start.compare.length >= 2 && frameTo(compareFrame(start.compare))) ||
      (start.selected && frameTo(areaFrame(start.selected))) ||
      nationalCamera(size());
  let mapState = mapStateOf(start);

  // --- renderers ---------------------------------------------------------------------------------
  // Whether each renderer is drawing; a renderer may report while it is being created.
  const busy: Record<RendererKind, boolean> = { '2d': true, webgl: true };
  let onScreen: RendererKind = '2d';
  let moving = false;
  let destroyed = false;
  // aria-busy says the picture on screen is still coming. A picture that never comes (a tile that
  // never loads) must not keep saying so: after a while the map says it gave up waiting.
  let stuck: ReturnType<typeof setTimeout> | undefined;
  const setBusy = () => {
    const now = moving || busy[onScreen];
    region.setAttribute('aria-busy', String(now));
    clearTimeout(stuck);
    if (now && !moving) {
      stuck = setTimeout(() => {
        region.setAttribute('aria-busy', 'false');
        deps.onError(new MapStalled(`the ${onScreen} map did not finish drawing`));
      }, BUSY_LIMIT_MS);
    }
  };
  const eventsFor = (kind: RendererKind) => ({
    onBusy: (b: boolean) => {
      busy[kind] = b;
      setBusy();
      if (!b) tryHandOver();
    },
    onError: deps.onError,
    onFailed: deps.onFailed,
  });

  const flat: Renderer = createCanvasRenderer(surface, { camera, state: mapState }, eventsFor('2d'));
  let active: Renderer = flat;
  let webgl: Renderer | null = null;
  let webglLost = false;
  const show = (r: Renderer) => {
    region.dataset.renderer = r.kind satisfies RendererKind;
  };
  setBusy();
  // The 2D picture's first frame: say so in that same frame (ready resolves inside it), and start
  // MapLibre once that frame is out, so its start-up never holds up the first picture.
  flat.ready().then(() => {
    if (destroyed) return;
    if (active === flat) show(flat);
    deps.onFirstPicture?.();
    afterPaint(startWebgl);
  });

  function startWebgl() {
    if (destroyed) return;
    const load = deps.loadWebgl ?? webglModule;
    const events: WebglEvents = {
      ...eventsFor('webgl'),
      onLost: () => {
        webglLost = true;
        if (active === webgl) takeOver(flat);
      },
      onRestored: () => {
        // Bring it to what the 2D map shows now; it takes the screen back once idle there.
        webglLost = false;
        busy.webgl = true;
        webgl?.setCamera(camera);
        webgl?.setState(mapState);
      },
    };
    load()
      .then((m) => m?.createWebglRenderer(surface, { camera, state: mapState }, events))
      .then(
        (r) => {
          if (!r) return;
          if (destroyed) return r.destroy();
          webgl = r;
          // Whatever moved or changed while it loaded.
          r.setCamera(camera);
          r.setState(mapState);
          r.ready().then(tryHandOver);
        },
        (e: unknown) => {
          // No WebGL2 context here (switched off, no GPU): the 2D map stays, fully working.
          console.info(`map: drawing in 2D (${e instanceof Error ? e.message : String(e)})`);
        },
      );
  }

  /**
   * Puts a renderer on screen, drawn at the current camera and state before it shows. MapLibre draws
   * under the opaque 2D canvas all along, so hiding that canvas is the whole hand-over, and showing it
   * again (drawn first) the whole way back.
   */
  function takeOver(r: Renderer) {
    r.setCamera(camera);
    r.setState(mapState);
    r.setHover(hoveredOutline);
    r.drawNow();
    flat.element.hidden = r !== flat;
    active = r;
    onScreen = r.kind;
    show(r);
    setBusy();
  }

  let handOverAsked = false;
  /** MapLibre takes the screen once it is idle at the camera the 2D map shows, between moves. */
  function tryHandOver() {
    const w = webgl;
    if (!w || destroyed || webglLost || active === w || moving || busy.webgl) return;
    if (handOverAsked) return;
    handOverAsked = true;
    w.ready().then(() => {
      handOverAsked = false;
      if (active !== w && !moving && !webglLost && !busy.webgl) takeOver(w);
    });
  }

  /** Every renderer that must follow: the one on screen, and MapLibre while it gets ready. */
  const following = () => (active === flat && webgl && !webglLost ? [flat, webgl] : [active]);

  // --- the camera --------------------------------------------------------------------------------
  function toTransform(c: Camera, s: Size): ZoomTransform {
    const k = 2 ** c.zoom;
    const [x, y] = toWorld(c.lon, c.lat);
    return zoomIdentity.translate(s.width / 2 - k * x, s.height / 2 - k * y).scale(k);
  }
  function fromTransform(t: ZoomTransform, s: Size): Camera {
    const [lon, lat] = fromWorld((s.width / 2 - t.x) / t.k, (s.height / 2 - t.y) / t.k);
    return { lon, lat, zoom: Math.log2(t.k) };
  }

  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([2 ** ZOOM.min, 2 ** ZOOM.max])
    .constrain((t) => {
      const s = size();
      return toTransform(constrain(fromTransform(t, s), s), s);
    })
    // A press that moves less than this is still a click.
    .clickDistance(4)
    .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      moving = true;
      setBusy();
      if (e.sourceEvent) clearHover();
    })
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      const next = fromTransform(e.transform, size());
      if (sameCamera(next, camera)) return;
      camera = next;
      if (e.sourceEvent) clearHover();
      for (const r of following()) r.setCamera(camera);
      deps.onCamera(camera, size());
    })
    .on('end', () => {
      moving = false;
      setBusy();
      moved();
      tryHandOver();
    });
  // A double-click zooms in about the pointer (shift: out), eased like the keys' moves.
  behavior.duration(KEY_MOVE_MS);
  sel.call(behavior);

  /** After each move: the store learns what is shown, and the link keeps the camera. */
  function moved() {
    const r = (v: number) => Math.round(v * 1000) / 1000;
    deps.onMove(visibleBounds(camera, size()).map(r) as Bounds);
    const hash = formatCameraHash(camera, window.location.hash);
    if (hash !== window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      );
    }
  }

  /**
   * The box a flight frames, while it flies: a resize meanwhile (leaving the presentation takes its
   * bar away) frames it again for the new size. Resizing stops the flight, and had left the map
   * wherever it was caught.
   */
  let flight: FrameTarget | null = null;

  /** Moves the camera: eased over `ms`, or at once (and always at once under reduced motion). */
  function moveTo(c: Camera, ms = 0, target: FrameTarget | null = null) {
    const t = toTransform(constrain(c, size()), size());
    if (ms > 0 && !reducedMotion()) {
      flight = target;
      sel
        .transition()
        .duration(ms)
        .call(behavior.transform, t)
        // Ended, or stopped by a gesture, a key or a newer flight (which has set its own target).
        .on('end.flight interrupt.flight', () => {
          if (flight === target) flight = null;
        });
    } else {
      flight = null;
      sel.interrupt();
      behavior.transform(sel, t);
    }
  }

  function frameTo(target: FrameTarget): Camera | null {
    const covered = coveredInsets({
      mapWidth: size().width,
      selected: deps.getState().selected !== null,
      comparing: deps.getState().compare.length >= 2,
      narrow: isNarrow(),
    });
    return frameBox(target.box, size(), framePadding(covered), target.zoom);
  }
  function areaFrame(id: AreaId) {
    return { box: areaBounds(id), zoom: AREA_FRAME };
  }
  /** All the compared areas at once: the union of their outlines' boxes, with a little room. */
  function compareFrame(ids: readonly AreaId[]) {
    return { box: unionBounds(ids.map(areaBounds), 0.1), zoom: COMPARE_FRAME };
  }

  // Put the starting camera in d3-zoom's hands (and the link).
  behavior.transform(sel, toTransform(camera, size()));
  deps.onCamera(camera, size());

  // --- the link ----------------------------------------------------------------------------------
  const onHash = () => {
    const parsed = parseCameraHash(window.location.hash);
    if (parsed.problem) deps.onBadHash(parsed.problem);
    if (parsed.camera && !sameCamera(parsed.camera, camera)) moveTo(parsed.camera);
  };
  window.addEventListener('hashchange', onHash);

  // --- the pointer -------------------------------------------------------------------------------
  // Hovering an outline thickens it on the map once the pointer rests: in software WebGL each
  // highlight is a full repaint (~100 ms), and a pointer passing over on its way to a click should
  // not cost one. Hovering a dot draws its ring in the page instead (Tooltip.tsx).
  let hoveredOutline: AreaId | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const pointOf = (e: MouseEvent): Point => {
    const r = surface.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  function setHoverOutline(id: AreaId | null) {
    if (id === hoveredOutline) return;
    hoveredOutline = id;
    active.setHover(id);
  }
  function clearHover() {
    surface.style.cursor = '';
    clearTimeout(hoverTimer);
    setHoverOutline(null);
    deps.onHover(null);
  }
  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons !== 0 || moving) return;
    const p = pointOf(e);
    const hit = active.pick(p);
    surface.style.cursor = hit ? 'pointer' : '';
    clearTimeout(hoverTimer);
    const outline = hit && !hit.dot ? hit.id : null;
    hoverTimer = setTimeout(() => setHoverOutline(outline), HOVER_REST_MS);
    const ring = hit?.dot ? { ...hit.dot, r: atZoom(DOT_RING.radius, camera.zoom) } : undefined;
    deps.onHover(hit ? { id: hit.id, x: p.x, y: p.y, ...(ring ? { ring } : {}) } : null);
  };
  const onClick = (e: MouseEvent) => {
    const hit = active.pick(pointOf(e));
    if (hit) deps.onSelect(hit.id);
  };
  surface.addEventListener('pointermove', onPointerMove);
  surface.addEventListener('pointerleave', clearHover);
  surface.addEventListener('click', onClick);

  // --- the store ---------------------------------------------------------------------------------
  const unsubscribe = deps.subscribe((s, prev) => {
    if (mapStateChanged(s, prev)) {
      // The details panel paints first; the map follows one frame later, so the answer to a click
      // appears at once and the map's own repaint does not hold it up.
      afterPaint(() => {
        const next = mapStateOf(deps.getState());
        if (MAP_KEYS.every((k) => next[k] === mapState[k])) return;
        mapState = next;
        for (const r of following()) r.setState(mapState);
      });
    }
    // Closing the details stops a flight to the area that was just let go.
    if (prev.selected && !s.selected && s.cameraRequest === prev.cameraRequest) sel.interrupt();
    // A briefing step brings its own camera; otherwise a new selection is framed.
    const request = s.cameraRequest !== prev.cameraRequest ? s.cameraRequest : null;
    const framed = s.selected !== prev.selected ? s.selected : null;
    const compared = s.compare !== prev.compare && s.compare.length >= 2 ? s.compare : null;
    if (request) afterPaint(() => fly({ box: request.bounds, zoom: STEP_FRAME }));
    else if (compared) afterPaint(() => deps.getState().compare === compared && fly(compareFrame(compared)));
    else if (framed) afterPaint(() => deps.getState().selected === framed && fly(areaFrame(framed)));
  });
  function fly(target: FrameTarget) {
    const c = frameTo(target);
    if (c) moveTo(c, FLY_MS, target);
  }
  // A briefing step asked for before the map existed (a ?brief= link).
  if (start.cameraRequest && !linked.camera) fly({ box: start.cameraRequest.bounds, zoom: STEP_FRAME });

  // --- the container -----------------------------------------------------------------------------
  let last = size();
  const resized = new ResizeObserver(() => {
    const now = size();
    if (now.width === last.width && now.height === last.height) return;
    last = now;
    for (const r of [flat, webgl]) r?.resize();
    // Keep the centre where it was; a flight under way frames its box again for the new size.
    const resume = flight;
    behavior.transform(sel, toTransform(camera, now));
    deps.onCamera(camera, now);
    if (resume) fly(resume);
  });
  resized.observe(surface);

  return {
    zoomBy(levels) {
      moveTo({ ...camera, zoom: camera.zoom + levels }, KEY_MOVE_MS);
    },
    panBy(dx, dy) {
      const k = 2 ** camera.zoom;
      const [x, y] = toWorld(camera.lon, camera.lat);
      const [lon, lat] = fromWorld(x + dx / k, y + dy / k);
      moveTo({ ...camera, lon, lat }, KEY_MOVE_MS);
    },
    destroy() {
      destroyed = true;
      clearTimeout(stuck);
      clearTimeout(hoverTimer);
      unsubscribe();
      resized.disconnect();
      sel.interrupt();
      sel.on('.zoom', null);
      window.removeEventListener('hashchange', onHash);
      surface.removeEventListener('pointermove', onPointerMove);
      surface.removeEventListener('pointerleave', clearHover);
      surface.removeEventListener('click', onClick);
      flat.destroy();
      webgl?.destroy();
    },
  };
}
