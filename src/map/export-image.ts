// Images of the map for slides and handouts. MapLibre draws them where WebGL works; where it does
// not (switched off, no GPU, a context that will not start) the 2D painter draws the same view.
import { renderImage2d } from './painter/canvas-renderer';
import { drawInsetOn, drawLocatorOn, insetCaption } from './painter/inset';
import { type ImageRequest, imageCamera } from './renderer';
import { showsNation } from './views';
import { webgl2Works } from './webgl';

export async function renderMapImage(r: ImageRequest): Promise<HTMLCanvasElement> {
  const canvas = await renderMap(r);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  // A view of the whole country carries the South China Sea islands inset, as on screen; an area's
  // view, a small map of China that shows where the area is.
  const ratio = r.pixelRatio;
  const corner = r.corner ?? {
    right: r.width - r.padding.right,
    bottom: r.height - r.padding.bottom,
    width: Math.max(110, r.width * 0.1),
  };
  const at = { right: corner.right * ratio, bottom: corner.bottom * ratio, width: corner.width * ratio };
  if (showsNation(imageCamera(r), { width: r.width, height: r.height })) {
    await drawInsetOn(ctx, at, insetCaption(r.state.lang));
  } else if (r.state.selected) {
    await drawLocatorOn(ctx, { ...at, width: at.width * 1.3 }, r.state.selected, r.state.lang);
  }
  return canvas;
}

async function renderMap(r: ImageRequest): Promise<HTMLCanvasElement> {
  if (webgl2Works()) {
    try {
      const { renderImageWebgl } = await import('./maplibre/render-image');
      return await renderImageWebgl(r);
    } catch (e) {
      console.warn(
        `map image: WebGL could not draw it (${e instanceof Error ? e.message : String(e)}); drawing in 2D`,
      );
    }
  }
  return renderImage2d(r);
}

/** A canvas as a PNG file; `failure` says what could not be encoded. */
export function toPng(canvas: HTMLCanvasElement, failure: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(failure))), 'image/png'),
  );
}
