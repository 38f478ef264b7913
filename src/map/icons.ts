// Icons drawn in code, because the style has no sprite: the port diamond (navy where the position is
// sourced, white with a navy rim where it is approximate) and one dot per area colour. Both renderers
// draw these same pixels: MapLibre as style images, the 2D painter as bitmaps.
import { COLOR, DOT, PORT } from './tokens';

/** Icons are drawn at twice their CSS size, sharp on high-density screens. */
export const ICON_PIXEL_RATIO = 2;
const RATIO = ICON_PIXEL_RATIO;

export type IconImage = { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> };
type Rgb = [number, number, number];

/** Paints a square image pixel by pixel: `paint` returns a colour, or null for transparent. */
function draw(size: number, paint: (dx: number, dy: number, r: number) => Rgb | null): IconImage {
  const px = size * RATIO;
  const data = new Uint8ClampedArray(px * px * 4);
  const c = (px - 1) / 2;
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const rgb = paint(x - c, y - c, c - 1);
      if (!rgb) continue;
      data.set([...rgb, 255], (y * px + x) * 4);
    }
  }
  return { width: px, height: px, data };
}

const WHITE: Rgb = [255, 255, 255];

function diamond(fill: Rgb, rim: Rgb, rimWidth: number): IconImage {
  return draw(PORT.size, (dx, dy, r) => {
    const d = Math.abs(dx) + Math.abs(dy); // L1 distance: a diamond
    if (d > r) return null;
    return d > r - rimWidth * RATIO ? rim : fill;
  });
}

function hexToRgb(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m
    ? [Number.parseInt(m[1] ?? '0', 16), Number.parseInt(m[2] ?? '0', 16), Number.parseInt(m[3] ?? '0', 16)]
    : null;
}

export const DOT_PREFIX = 'dot-';

/** A filled disc with a white rim, in the given colour. */
export function dot(hex: string): IconImage | null {
  const fill = hexToRgb(hex);
  if (!fill) return null;
  return draw(DOT.size, (dx, dy, r) => {
    const d = Math.hypot(dx, dy);
    if (d > r) return null;
    return d > r - DOT.rim * RATIO ? WHITE : fill;
  });
}

const NAVY = hexToRgb(COLOR.navy) ?? [0, 0, 0];
const PORTS: Record<string, IconImage> = {
  port: diamond(NAVY, WHITE, PORT.rim),
  'port-approx': diamond(WHITE, NAVY, PORT.approxRim),
};

/** The port icon's name for a port that is, or is not, placed approximately. */
export const portIcon = (approximate: boolean) => (approximate ? 'port-approx' : 'port');

/** The image for a style icon name, or null if the name is not ours. */
export function iconFor(id: string): { image: IconImage; pixelRatio: number } | null {
  const image = id.startsWith(DOT_PREFIX) ? dot(id.slice(DOT_PREFIX.length)) : PORTS[id];
  return image ? { image, pixelRatio: RATIO } : null;
}
