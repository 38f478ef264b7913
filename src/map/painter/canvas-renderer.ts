// The 2D renderer: a canvas painted from the projected scene, at most once per animation frame. It
// draws the first picture as soon as the light files are parsed, and it is the whole map where WebGL
// is missing or lost. It also renders export images without WebGL.

import { areaScale } from '../../colour/scales';
import type { AreaId } from '../../data/types';
import { selectMapShownIds } from '../../store/selectors';
import { type Camera, type Size, screenTransform } from '../camera';
import {
  type Hit,
  type ImageRequest,
  imageCamera,
  imageCanvas,
  type MapState,
  type Renderer,
  type RendererEvents,
} from '../renderer';
import { ZOOM } from '../tokens';
import { type Measure, type Placement, placeLabels } from './labels';
import { fontFor, type Look, paint } from './paint';
import { pickAt } from './pick';
import { detailScene, lightScene, type Scene } from './scene';

/** How long the first picture waits for the label font before drawing with a fallback. */
const FONT_WAIT_MS = 1200;

/** Every character the map writes, so one font request loads every part of the font it needs. */
function labelText(s: Scene): string {
  const names = [
    ...s.provinceLabels.map((p) => p.name),
    ...s.areaPoints.map((p) => p.label),
    ...s.ports.map((p) => p.label),
    ...s.cities.map((c) => c.name),
    ...s.waterLabels.map((w) => w.name),
  ];
  return [...new Set(names.flatMap((n) => [...n.en, ...n.zh]))].join('');
}

const fontsReady = new Map<string, Promise<void>>();
/** Loads the label font for a scene's words, or gives up waiting after a while. Once per set of
 * words: the detailed scene's city and river names may need files of the font the light one did not. */
function loadFonts(s: Scene): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  const text = labelText(s);
  let ready = fontsReady.get(text);
  if (!ready) {
    ready = Promise.race([
      document.fonts.load(fontFor(12), text).then(() => undefined),
      new Promise<void>((r) => setTimeout(r, FONT_WAIT_MS)),
    ]).catch(() => undefined);
    fontsReady.set(text, ready);
  }
  return ready;
}

function measurer(ctx: CanvasRenderingContext2D): Measure {
  const widths = new Map<string, number>();
  // Widths scale with the size: measure once at 100 px.
  return (text, size) => {
    let w = widths.get(text);
    if (w === undefined) {
      ctx.font = fontFor(100);
      w = ctx.measureText(text).width;
      widths.set(text, w);
    }
    return (w * size) / 100;
  };
}

function lookOf(s: MapState, hover: AreaId | null): Look {
  const visible = new Set(selectMapShownIds(s));
  const scale = areaScale(s.colorMode);
  return { colorOf: scale.colorOf, dimmed: (id) => !visible.has(id), selected: s.selected, hover };
}

type Drawn = { scene: Scene; placement: Placement; camera: Camera; size: Size };

/** Paints a scene on a context; returns what was drawn, for picking. */
function draw(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  camera: Camera,
  size: Size,
  dpr: number,
  state: MapState,
  hover: AreaId | null,
  measure: Measure,
): Drawn {
  const look = lookOf(state, hover);
  const { k, tx, ty } = screenTransform(camera, size);
  const placement = placeLabels(scene, {
    zoom: camera.zoom,
    size,
    lang: state.lang,
    toScreen: (x, y) => ({ x: x * k + tx, y: y * k + ty }),
    measure,
    dimmed: look.dimmed,
  });
  paint(ctx, { scene, camera, size, dpr, look, placement });
  return { scene, placement, camera, size };
}

export function createCanvasRenderer(
  container: HTMLElement,
  initial: { camera: Camera; state: MapState },
  events: RendererEvents,
): Renderer {
  const canvas = document.createElement('canvas');
  canvas.className = 'map-2d';
  canvas.setAttribute('aria-hidden', 'true');
  container.appendChild(canvas);
  // Drawn on the CPU, where these few paths are cheap (60 fps measured with no GPU at all). Without a
  // GPU, an accelerated canvas goes through the GPU process's software GL: slower, and in the way of
  // MapLibre starting up there.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('this browser gives no 2D canvas');
  const ctx: CanvasRenderingContext2D = context;
  const measure = measurer(ctx);
  // A scratch context for point-in-outline tests, its transform always the identity.
  const scratch = document.createElement('canvas').getContext('2d');

  let camera = initial.camera;
  let state = initial.state;
  let hover: AreaId | null = null;
  let scene: Scene | null = null;
  let drawn: Drawn | null = null;
  let frame = 0;
  let loading = 0;
  let destroyed = false;
  let size: Size = { width: 0, height: 0 };
  let firstPicture: () => void = () => undefined;
  const first = new Promise<void>((r) => {
    firstPicture = r;
  });

  let failed = false;
  const busy = () => !failed && (frame !== 0 || loading > 0 || !drawn);
  const report = () => events.onBusy(busy());

  function measureSize() {
    const dpr = window.devicePixelRatio || 1;
    size = { width: container.clientWidth, height: container.clientHeight };
    const w = Math.max(1, Math.round(size.width * dpr));
    const h = Math.max(1, Math.round(size.height * dpr));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
  }

  function paintNow() {
    cancelAnimationFrame(frame);
    frame = 0;
    if (scene && !destroyed) {
      drawn = draw(ctx, scene, camera, size, window.devicePixelRatio || 1, state, hover, measure);
      firstPicture();
    }
    report();
  }

  function schedule() {
    if (frame || destroyed) return;
    frame = requestAnimationFrame(paintNow);
    report();
  }

  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  function track<T>(p: Promise<T>, then: (v: T) => void, fail = (e: Error) => events.onError(e)) {
    loading++;
    report();
    p.then(
      (v) => {
        if (!destroyed) then(v);
      },
      (e: unknown) => {
        if (!destroyed) fail(asError(e));
      },
    ).finally(() => {
      loading--;
      if (!destroyed) schedule();
    });
  }

  let detailAsked = false;
  function wantDetail() {
    if (detailAsked || camera.zoom < ZOOM.detail) return;
    detailAsked = true;
    track(withFonts(detailScene()), (s) => {
      scene = s;
    });
  }

  measureSize();
  const withFonts = (p: Promise<Scene>) =>
    p.then(async (s) => {
      await loadFonts(s);
      return s;
    });
  track(
    withFonts(lightScene()),
    (s) => {
      // The detailed scene may have arrived first (a link at city zoom).
      scene ??= s;
    },
    // Without its first data there is no picture to draw: say so, and stop saying it is busy.
    (e) => {
      failed = true;
      (events.onFailed ?? events.onError)(e);
    },
  );
  wantDetail();
  // Fonts that arrive after the first picture are drawn with on the next frame.
  const onFonts = () => schedule();
  document.fonts?.addEventListener?.('loadingdone', onFonts);

  return {
    kind: '2d',
    element: canvas,
    setCamera(c) {
      camera = c;
      wantDetail();
      schedule();
    },
    setState(s) {
      state = s;
      schedule();
    },
    setHover(id) {
      if (id === hover) return;
      hover = id;
      schedule();
    },
    pick(p): Hit | null {
      if (!drawn || !scratch) return null;
      return pickAt(p, {
        scene: drawn.scene,
        placement: drawn.placement,
        zoom: drawn.camera.zoom,
        transform: screenTransform(drawn.camera, drawn.size),
        inside: (path, x, y) => scratch.isPointInPath(path, x, y, 'evenodd'),
      });
    },
    resize() {
      measureSize();
      schedule();
    },
    drawNow: paintNow,
    ready: () => first,
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      frame = 0;
      document.fonts?.removeEventListener?.('loadingdone', onFonts);
      canvas.remove();
    },
  };
}

/** An export image drawn in 2D: the same picture the live 2D map would show for those bounds. */
export async function renderImage2d(r: ImageRequest): Promise<HTMLCanvasElement> {
  const camera = imageCamera(r);
  const scene = await (camera.zoom >= ZOOM.detail ? detailScene() : lightScene());
  await loadFonts(scene);
  const { canvas, ctx } = imageCanvas(r);
  draw(ctx, scene, camera, { width: r.width, height: r.height }, r.pixelRatio, r.state, null, measurer(ctx));
  return canvas;
}
