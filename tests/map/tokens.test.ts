// The shared tokens as each renderer reads them: the 2D painter's atZoom gives, at every zoom, what
// MapLibre's own expression engine gives for the style built from the same tokens.
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER } from '../../src/map/maplibre/ids';
import { buildStyle } from '../../src/map/maplibre/style';
import { atZoom, DOT, DOT_RING, LABEL, LINE, PORT } from '../../src/map/tokens';

const style = buildStyle({
  data: (layer) => `http://127.0.0.1/geo/${layer}`,
  fonts: [],
  fontFamily: 'Atlas Sans',
  lang: 'en',
  areaColor: '#9a9a9a',
});
const layer = (id: string) =>
  style.layers.find((l) => l.id === id) as unknown as {
    paint?: Record<string, unknown>;
    layout?: Record<string, unknown>;
  };

/** What MapLibre evaluates a zoom-only style value to, at a zoom. */
function maplibreAt(value: unknown, zoom: number): number {
  if (typeof value === 'number') return value;
  const parsed = createExpression(value, 'test');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom }) as number;
}

const CASES: [string, unknown, Parameters<typeof atZoom>[0]][] = [
  ['coast width', layer(LAYER.coast).paint?.['line-width'], LINE.coast.width],
  ['province border width', layer(LAYER.provinceBorders).paint?.['line-width'], LINE.provinceBorder.width],
  ['dot scale', layer(LAYER.areaSymbols).layout?.['icon-size'], DOT.scale],
  ['selection ring radius', layer(LAYER.areaHalo).paint?.['circle-radius'], DOT_RING.radius],
  ['port scale', layer(LAYER.ports).layout?.['icon-size'], PORT.scale],
  ['names beside the dots', layer(LAYER.areaSymbolLabels).layout?.['text-size'], LABEL.areaBeside.size],
];

describe('the style tokens', () => {
  for (const [what, styled, token] of CASES) {
    it(`give the same ${what} in both renderers at every zoom`, () => {
      expect(styled).toBeDefined();
      for (let z = 2; z <= 11; z += 0.25)
        expect(atZoom(token, z), `zoom ${z}`).toBeCloseTo(maplibreAt(styled, z), 9);
    });
  }

  it('hold outside their stops, as MapLibre does', () => {
    const stops = [
      [3, 1],
      [6, 4],
    ] as const;
    expect(atZoom(stops, 1)).toBe(1);
    expect(atZoom(stops, 4.5)).toBe(2.5);
    expect(atZoom(stops, 9)).toBe(4);
    expect(atZoom(7, 9)).toBe(7);
  });
});
