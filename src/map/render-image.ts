// Renders the map off screen at a fixed size, for slides and the printed handout. The live map keeps
// preserveDrawingBuffer off (it costs every frame); this one turns it on, waits for idle, copies the
// pixels out and goes away. It refuses to return a blank image.
import { Map as MapLibreMap } from 'maplibre-gl';
import { applyAll, loadDetailWhenZoomed, type MapState, styleFor } from './apply-state';
import { installIcons } from './icons';

type RenderRequest = {
  /** CSS pixels of the map; the image is width × pixelRatio wide. */
  width: number;
  height: number;
  pixelRatio: number;
  bounds: [number, number, number, number];
  state: MapState;
  /** Room to keep clear around the framed bounds (title, legend, facts drawn over the map). */
  padding?: { top: number; bottom: number; left: number; right: number };
};

const TIMEOUT_MS = 30_000;

function waitForIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not finish drawing in time')), TIMEOUT_MS);
    map.once('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`the map failed to draw: ${e.error?.message ?? 'unknown error'}`));
    });
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Whether a canvas holds a picture rather than one flat colour. */
function looksBlank(ctx: CanvasRenderingContext2D, width: number, height: number): boolean {
  const { data } = ctx.getImageData(0, 0, width, height);
  const colours = new Set<number>();
  const step = Math.max(4, Math.floor(data.length / 4 / 20000) * 4);
  for (let i = 0; i < data.length && colours.size < 16; i += step) {
    colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
  }
  return colours.size < 16;
}

export async function renderMapImage(r: RenderRequest): Promise<HTMLCanvasElement> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${r.width}px`,
    height: `${r.height}px`,
  });
  document.body.appendChild(container);
  const map = new MapLibreMap({
    container,
    style: styleFor(r.state),
    interactive: false,
    attributionControl: false,
    pixelRatio: r.pixelRatio,
    fadeDuration: 0,
    renderWorldCopies: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    bounds: [
      [r.bounds[0], r.bounds[1]],
      [r.bounds[2], r.bounds[3]],
    ],
    fitBoundsOptions: { padding: r.padding ?? 20 },
  });
  try {
    installIcons(map);
    // Both before 'load', so they run on it: registered later, the detail swap waited for a 'load'
    // that had passed, and a style or file that failed to load hung the export instead of failing.
    loadDetailWhenZoomed(map);
    map.once('load', () => applyAll(map, r.state));
    await waitForIdle(map);
    const out = document.createElement('canvas');
    out.width = Math.round(r.width * r.pixelRatio);
    out.height = Math.round(r.height * r.pixelRatio);
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas to copy the map into');
    ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
    if (looksBlank(ctx, out.width, out.height)) throw new Error('the map came out blank');
    return out;
  } finally {
    map.remove();
    container.remove();
  }
}

/** A canvas as a PNG file; `failure` says what could not be encoded. */
export function toPng(canvas: HTMLCanvasElement, failure: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(failure))), 'image/png'),
  );
}
