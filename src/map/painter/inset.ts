// The South China Sea islands inset (南海诸岛), as standard maps of China place it at the lower right
// of the national view: the sea from Hainan to the Nansha islands, its islands, the ten dashes and the
// neighbouring coasts, in a frame, drawn by the 2D painter whichever renderer draws the main map (so
// the page, the slides and the handouts show the same inset). And the locator an area's slide or
// handout carries: China with the area marked, so a close view still says where in China it is.
import { areaById } from '../../data';
import { CHINA } from '../../data/bounds';
import type { AreaId } from '../../data/types';
import { type Lang, t } from '../../i18n/strings';
import { type Camera, fitBounds, type Size, screenTransform } from '../camera';
import { COLOR, DOT_RING, INK } from '../tokens';
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

/** Draws the light scene's land, coasts and dashes (no area, dot or name) for a camera. */
async function paintPlain(ctx: CanvasRenderingContext2D, camera: Camera, size: Size, dpr: number) {
  const scene = await lightScene();
  const none = () => false;
  paint(ctx, {
    scene,
    camera,
    size,
    dpr,
    look: { colorOf: () => COLOR.fallback, dimmed: none, selected: null, hover: null },
    placement: { labels: [], dots: [] },
  });
}

/** Draws the inset's map (no frame, no caption) to fill a canvas of `size` CSS pixels. */
export async function paintInset(ctx: CanvasRenderingContext2D, size: Size, dpr: number): Promise<void> {
  const camera = fitBounds(INSET_BOUNDS, size);
  if (camera) await paintPlain(ctx, camera, size, dpr);
}

/** A framed small map with a caption under it, its lower right corner at `at` (image pixels). */
async function drawFramed(
  ctx: CanvasRenderingContext2D,
  at: { right: number; bottom: number; width: number },
  aspect: number,
  draw: (c: CanvasRenderingContext2D, size: Size) => Promise<void>,
  caption: [string, string],
): Promise<void> {
  const w = Math.round(at.width);
  const h = Math.round(w / aspect);
  const size = Math.max(10, Math.round(w / 11));
  const captionH = size * 2.6;
  const part = document.createElement('canvas');
  part.width = w;
  part.height = h;
  const pctx = part.getContext('2d', { willReadFrequently: true });
  if (!pctx) return;
  await draw(pctx, { width: w, height: h });
  const x = at.right - w;
  const y = at.bottom - captionH - h;
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

/** The South China Sea inset on an exported image, captioned in both languages (the UI's first). */
export function drawInsetOn(
  ctx: CanvasRenderingContext2D,
  at: { right: number; bottom: number; width: number },
  caption: [string, string],
): Promise<void> {
  return drawFramed(ctx, at, INSET_ASPECT, (c, size) => paintInset(c, size, 1), caption);
}

/** China's outline with one area marked: where an area's slide or handout is, in the country. */
export function drawLocatorOn(
  ctx: CanvasRenderingContext2D,
  at: { right: number; bottom: number; width: number },
  id: AreaId,
  lang: Lang,
): Promise<void> {
  const area = areaById(id);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const caption: [string, string] = [area?.short[lang] ?? id, area?.short[other] ?? ''];
  return drawFramed(
    ctx,
    at,
    1.25,
    async (c, size) => {
      const camera = fitBounds(CHINA, size, { top: 4, right: 4, bottom: 4, left: 4 });
      if (!camera) return;
      await paintPlain(c, camera, size, 1);
      // The area where the main map puts its dot.
      const point = (await lightScene()).areaPoints.find((p) => p.id === id);
      if (!point) return;
      const { k, tx, ty } = screenTransform(camera, size);
      const [x, y] = [point.x * k + tx, point.y * k + ty];
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.fillStyle = INK;
      c.strokeStyle = INK;
      c.lineWidth = DOT_RING.width * 0.8;
      c.beginPath();
      c.arc(x, y, Math.max(2.5, size.width / 70), 0, 2 * Math.PI);
      c.fill();
      c.beginPath();
      c.arc(x, y, Math.max(7, size.width / 22), 0, 2 * Math.PI);
      c.stroke();
    },
    caption,
  );
}
