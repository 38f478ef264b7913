// The map's labels are text: WCAG AA contrast (4.5:1 for text under 18 px) against their halo and
// against the ground they are drawn on, so a thin halo does not decide whether a label can be read.
// Dimmed (filtered-out) names are left out on purpose: they are inactive.
import { describe, expect, it } from 'vitest';
import { COLOR, INK, LABEL } from '../../src/map/tokens';

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

describe('map label contrast', () => {
  it('computes WCAG contrast as the spec does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const labels: [string, string, string, string[]][] = [
    ['area names', INK, COLOR.halo, [COLOR.land, COLOR.sea]],
    ['province names', COLOR.provinceLabel, COLOR.halo, [COLOR.land]],
    ['port names', COLOR.portLabel, COLOR.halo, [COLOR.land, COLOR.sea]],
    ['city names', LABEL.city.city.color, COLOR.halo, [COLOR.land, COLOR.sea]],
    ['river and lake names', LABEL.water.color, LABEL.water.haloColor, [COLOR.land, COLOR.sea]],
  ];
  for (const [what, colour, halo, grounds] of labels) {
    it(`${what} reach 4.5:1 against the halo and the ground`, () => {
      for (const ground of [halo, ...grounds])
        expect(contrast(colour, ground), `${colour} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    });
  }
});
