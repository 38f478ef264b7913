// What MapLibre is told when the state changes: the cheapest call for each change, and nothing for
// what a fresh style already shows (each feature-state call repaints tiles; in software WebGL a
// repaint is tens of milliseconds).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { areasInStrategy } from '../../src/data';
import { applyChanges, freshStyle } from '../../src/map/maplibre/apply-state';
import type { MapState } from '../../src/map/renderer';

function fakeMap() {
  const calls: string[] = [];
  const map = {
    setFeatureState: (f: { source: string; id: string }, s: Record<string, boolean>) =>
      calls.push(`state ${f.source} ${f.id} ${JSON.stringify(s)}`),
    setPaintProperty: (layer: string, prop: string) => calls.push(`paint ${layer} ${prop}`),
    setLayoutProperty: (layer: string, prop: string) => calls.push(`layout ${layer} ${prop}`),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

const base: MapState = {
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  year: null,
  compare: [],
  colorMode: 'strategy',
  lang: 'en',
};

describe('applying the state to MapLibre', () => {
  it('tells a fresh style nothing it already shows', () => {
    const { map, calls } = fakeMap();
    applyChanges(map, base, freshStyle({ ...base, strategies: [] }));
    expect(calls).toEqual([]);
  });

  it('dims only the areas a filter changes, and undims only those again', () => {
    const { map, calls } = fakeMap();
    const gba = { ...base, strategies: ['gba' as const] };
    applyChanges(map, gba, base);
    // Nansha is the one area in the Greater Bay Area: the other 18 are dimmed, on both sources.
    expect(calls).toHaveLength(36);
    expect(calls.some((c) => c.includes(' nansha '))).toBe(false);
    calls.length = 0;
    applyChanges(map, { ...base, strategies: ['gba', 'yrd'] }, gba);
    // Adding the Yangtze River Delta undims its areas and touches nothing else.
    expect(calls.every((c) => c.includes('"dimmed":false'))).toBe(true);
    expect(new Set(calls.map((c) => c.split(' ')[2]))).toEqual(new Set(areasInStrategy('yrd')));
  });

  it('sets colours and labels only when the mode or the language changes', () => {
    const { map, calls } = fakeMap();
    applyChanges(map, { ...base, colorMode: 'year' }, base);
    expect(calls.every((c) => c.startsWith('paint') || c.includes('icon-image'))).toBe(true);
    calls.length = 0;
    applyChanges(map, { ...base, lang: 'zh' }, base);
    expect(calls.every((c) => c.includes('text-field'))).toBe(true);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('moves the selection from one area to another', () => {
    const { map, calls } = fakeMap();
    applyChanges(map, { ...base, selected: 'harbin' }, { ...base, selected: 'pudong' });
    expect(calls).toEqual([
      'state areas pudong {"selected":false}',
      'state area-points pudong {"selected":false}',
      'state areas harbin {"selected":true}',
      'state area-points harbin {"selected":true}',
    ]);
  });
});
