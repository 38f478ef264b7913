// Images of the map for slides and handouts. MapLibre draws them where WebGL works; where it does
// not (switched off, no GPU, a context that will not start) the 2D painter draws the same view.
import { renderImage2d } from './painter/canvas-renderer';
import type { ImageRequest } from './renderer';
import { webgl2Works } from './webgl';

export async function renderMapImage(r: ImageRequest): Promise<HTMLCanvasElement> {
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
