// "Export slide": the current view rendered off screen at 1920 × 1080 or 3840 × 2160, with title,
// legend, key facts, sources and attribution drawn over it, as a PNG.
import { FONT_FAMILY } from '../fonts/faces';
import { renderMapImage, toPng } from '../map/export-image';
import { shownBounds } from '../store/selectors';
import { composeSlide } from './compose-slide';
import type { ExportState } from './export-state';
import { SLIDE_SIZES, type SlideSize } from './files';
import { slideContent } from './slide-content';

/** The map is laid out at 1920 × 1080 CSS pixels; 4K doubles the pixel ratio, not the layout. */
const BASE = { width: 1920, height: 1080 };

export async function exportSlide(s: ExportState, size: SlideSize, today: string): Promise<Blob> {
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
    // An area is framed above the legend (lower left, about 440 px with the footer) as well as left
    // of its facts: framed only clear of the footer, Harbin's outline ran under the legend.
    padding: { top: 160, bottom: content.facts ? 440 : 150, left: 40, right: content.facts ? 680 : 40 },
    // The inset or the locator: lower right, above the footer (and below the facts).
    corner: { right: BASE.width - 24, bottom: BASE.height - 130, width: 220 },
  });
  return toPng(composeSlide(map, content, pixelRatio), 'the browser could not encode the PNG');
}
