// The port symbol, drawn in code because the style has no sprite: a navy diamond for a port with a
// sourced position, a white one with a navy rim where the position is approximate.
const SIZE = 22;
const RATIO = 2;

export type IconImage = { width: number; height: number; data: Uint8ClampedArray };

function diamond(fill: [number, number, number], rim: [number, number, number], rimWidth: number): IconImage {
  const px = SIZE * RATIO;
  const data = new Uint8ClampedArray(px * px * 4);
  const c = (px - 1) / 2;
  const r = c - 1;
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const d = Math.abs(x - c) + Math.abs(y - c); // L1 distance: a diamond
      if (d > r) continue;
      const [red, green, blue] = d > r - rimWidth * RATIO ? rim : fill;
      const i = (y * px + x) * 4;
      data[i] = red;
      data[i + 1] = green;
      data[i + 2] = blue;
      data[i + 3] = 255;
    }
  }
  return { width: px, height: px, data };
}

const NAVY: [number, number, number] = [27, 58, 92];
const WHITE: [number, number, number] = [255, 255, 255];

export const PORT_ICONS: Record<string, { image: IconImage; pixelRatio: number }> = {
  port: { image: diamond(NAVY, WHITE, 1.5), pixelRatio: RATIO },
  'port-approx': { image: diamond(WHITE, NAVY, 3), pixelRatio: RATIO },
};
