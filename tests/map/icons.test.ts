import { describe, expect, it } from 'vitest';
import { DOT_PREFIX, dot, iconFor } from '../../src/map/icons';

const pixel = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number) => [
  ...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];

describe('icons drawn in code', () => {
  it('draws a dot in the requested colour with a white rim and transparent corners', () => {
    const img = dot('#0072B2');
    expect(img).not.toBeNull();
    if (!img) return;
    const c = Math.floor(img.width / 2);
    expect(pixel(img, c, c)).toEqual([0x00, 0x72, 0xb2, 255]);
    expect(pixel(img, 0, 0)[3]).toBe(0);
    expect(pixel(img, c, 2)).toEqual([255, 255, 255, 255]); // the rim, just inside the edge
  });

  it('resolves the names the style asks for, and nothing else', () => {
    expect(iconFor(`${DOT_PREFIX}#E69F00`)?.pixelRatio).toBe(2);
    expect(iconFor('port')).not.toBeNull();
    expect(iconFor('port-approx')).not.toBeNull();
    expect(iconFor('dot-blue')).toBeNull();
    expect(iconFor('unknown')).toBeNull();
  });

  it('draws the approximate port hollow and the sourced one filled', () => {
    const filled = iconFor('port')?.image;
    const hollow = iconFor('port-approx')?.image;
    if (!filled || !hollow) throw new Error('missing port icons');
    const c = Math.floor(filled.width / 2);
    expect(pixel(filled, c, c).slice(0, 3)).toEqual([27, 58, 92]);
    expect(pixel(hollow, c, c).slice(0, 3)).toEqual([255, 255, 255]);
  });
});
