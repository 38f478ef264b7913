// The South China Sea islands inset (南海诸岛), as standard maps of China place it at the lower right
// of the national view: the sea from Hainan to the Nansha islands, its islands, the ten dashes and the
// neighbouring coasts, in a frame, drawn by the 2D painter whichever renderer draws the main map (so
// the page, the slides and the handouts show the same inset).
import { type Lang, t } from '../../i18n/strings';
import { fitBounds, type Size } from '../camera';
import { COLOR, INK } from '../tokens';
import { fontFor, paint } from './paint';
import { lightScene } from './scene';

/** What the inset shows: west, south, east, north. */
export const INSET_BOUNDS: [number, number, number, number] = [106.5, 3, 123.5, 25];
/** Its width to height. */
export const INSET_ASPECT = 0.72;

/** The inset's caption: the UI language first, the other second. */
export const insetCaption = (lang: Lang): [string, string] => {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return [t(lang, 'insetTitle'), t(other, 'insetTitle')];
};

/** Draws the inset's map (no frame, no caption) to fill a canvas of `size` CSS pixels. */
export async function paintInset(ctx: CanvasRenderingContext2D, size: Size, dpr: number): Promise<void> {
  const scene = await lightScene();
  const camera = fitBounds(INSET_BOUNDS, size);
  if (!camera) return;
  const none = () => false;
  paint(ctx, {
    scene,
    camera,
    size,
    dpr,
    // No area, dot or name: the inset shows the sea, its islands and the dashes.
    look: { colorOf: () => COLOR.fallback, dimmed: none, selected: null, hover: null },
    placement: { labels: [], dots: [] },
  });
}

/**
 * The inset on an exported image: framed, with its caption under it in both languages (the UI's
 * first), its lower right corner at `within`'s (image pixels).
 */
export async function drawInsetOn(
  ctx: CanvasRenderingContext2D,
  within: { right: number; bottom: number; width: number },
  caption: [string, string],
): Promise<void> {
  const w = Math.round(within.width);
  const h = Math.round(w / INSET_ASPECT);
  const size = Math.max(10, Math.round(w / 11));
  const captionH = size * 2.6;
  const part = document.createElement('canvas');
  part.width = w;
  part.height = h;
  const pctx = part.getContext('2d', { willReadFrequently: true });
  if (!pctx) return;
  await paintInset(pctx, { width: w, height: h }, 1);
  const x = within.right - w;
  const y = within.bottom - captionH - h;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(part, x, y);
  const line = Math.max(1, w / 80);
  ctx.strokeStyle = INK;
  ctx.lineWidth = line;
  ctx.setLineDash([]);
  ctx.strokeRect(x + line / 2, y + line / 2, w - line, h - line);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x, y + h, w, captionH);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = fontFor(size);
  ctx.fillText(caption[0], x + w / 2, y + h + captionH * 0.32, w);
  ctx.font = fontFor(Math.round(size * 0.82));
  ctx.fillText(caption[1], x + w / 2, y + h + captionH * 0.74, w);
  ctx.restore();
}
