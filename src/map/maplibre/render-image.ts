// Renders the map off screen with MapLibre at a fixed size, for slides and the printed handout. The
// live map keeps preserveDrawingBuffer off (it costs every frame); this one turns it on, waits for
// idle, copies the pixels out and goes away. It refuses to return a blank image.
import { type GeoJSONSourceSpecification, Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import { geoSourceData } from '../geo-data';
import { type ImageRequest, imageCamera, imageCanvas } from '../renderer';
import { ZOOM } from '../tokens';
import { applyChanges, freshStyle, styleFor } from './apply-state';
import { installIcons } from './icons';
import { MAP_OPTIONS } from './options';
import { DETAIL_SOURCES } from './style';

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

/** The style with the detailed outlines and the context in its sources from the start, so the map's
 * first idle is the finished picture (a swap after 'load' could race the idle it waits for). */
async function withDetail(style: StyleSpecification): Promise<StyleSpecification> {
  const entries = await Promise.all(
    Object.entries(DETAIL_SOURCES).map(async ([id, file]) => [id, await geoSourceData(file)] as const),
  );
  const sources = { ...style.sources };
  for (const [id, url] of entries) {
    sources[id] = {
      ...(sources[id] as GeoJSONSourceSpecification),
      data: url as GeoJSONSourceSpecification['data'],
    };
  }
  return { ...style, sources };
}

export async function renderImageWebgl(r: ImageRequest): Promise<HTMLCanvasElement> {
  // The same framing as the 2D painter's images and the live map: the controller's camera math.
  const camera = imageCamera(r);
  const light = await styleFor(r.state);
  // The camera is fixed: an image at city zoom needs the detailed files and the context, one below
  // it never does.
  const style = camera.zoom >= ZOOM.detail ? await withDetail(light) : light;
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
  let map: MapLibreMap | null = null;
  try {
    map = new MapLibreMap({
      ...MAP_OPTIONS,
      container,
      style,
      pixelRatio: r.pixelRatio,
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      center: [camera.lon, camera.lat],
      zoom: camera.zoom,
    });
    const m = map;
    installIcons(m);
    // Before 'load', so it runs on it: registered later, it waited for a 'load' that had passed.
    m.once('load', () => applyChanges(m, r.state, freshStyle(r.state)));
    await waitForIdle(m);
    const { canvas, ctx } = imageCanvas(r);
    ctx.drawImage(m.getCanvas(), 0, 0, canvas.width, canvas.height);
    if (looksBlank(ctx, canvas.width, canvas.height)) throw new Error('the map came out blank');
    return canvas;
  } finally {
    map?.remove();
    container.remove();
  }
}
