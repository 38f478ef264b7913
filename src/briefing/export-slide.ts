// "Export slide": the current view rendered off screen at 1920 × 1080 or 3840 × 2160, with title,
// legend, key facts, sources and attribution drawn over it, as a PNG.
import { FONT_FAMILY } from '../fonts/faces';
import { renderMapImage } from '../map/render-image';
import type { AppState } from '../store/state';
import { shownBounds } from './bounds';
import { composeSlide } from './compose-slide';
import { slideContent } from './slide-content';

export const SLIDE_SIZES = {
  '1920x1080': { pixelRatio: 1 },
  '3840x2160': { pixelRatio: 2 },
} as const;
export type SlideSize = keyof typeof SLIDE_SIZES;

/** The map is laid out at 1920 × 1080 CSS pixels; 4K doubles the pixel ratio, not the layout. */
const BASE = { width: 1920, height: 1080 };

export async function exportSlide(s: AppState, size: SlideSize, today: string): Promise<Blob> {
  const content = slideContent(s, today);
  // Canvas text uses whatever font is loaded now: load the self-hosted one for this text first.
  await document.fonts?.load(
    `20px "${FONT_FAMILY}"`,
    `${content.title}${content.subtitle}${content.facts?.heading ?? ''}`,
  );
  const { pixelRatio } = SLIDE_SIZES[size];
  const map = await renderMapImage({
    ...BASE,
    pixelRatio,
    bounds: shownBounds(s),
    state: s,
    padding: { top: 160, bottom: 150, left: 40, right: content.facts ? 680 : 40 },
  });
  const slide = composeSlide(map, content, pixelRatio);
  return new Promise((resolve, reject) =>
    slide.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

export function slideFileName(s: Pick<AppState, 'selected' | 'presenter'>, size: SlideSize): string {
  const what = s.selected ?? (s.presenter.active ? `step-${s.presenter.step + 1}` : 'overview');
  return `new-areas-atlas-${what}-${size}.png`;
}

/** Hands a file to the browser's download machinery. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
