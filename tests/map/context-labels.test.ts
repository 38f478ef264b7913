// The 2D map's context labels on the committed data: framed on any new area, as a click on it frames
// it, the map names the area's host city; the area's own name and dot are never covered by a city's
// or a river's, and the municipalities' province names give way to their cities'.
import fs from 'node:fs';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaBounds } from '../../src/data/bounds';
import { AREA_IDS, type AreaId } from '../../src/data/types';
import { type Camera, screenTransform, toWorld } from '../../src/map/camera';
import { type Label, placeLabels } from '../../src/map/painter/labels';
import { cityOrder, type Scene } from '../../src/map/painter/scene';
import { type CityRank, ZOOM } from '../../src/map/tokens';
import { AREA_FRAME, frameBox, framePadding } from '../../src/map/views';

type Props = Record<string, unknown>;
const read = (file: string): Feature<GeoJSON.Geometry, Props>[] =>
  JSON.parse(fs.readFileSync(`public/geo/${file}`, 'utf8')).features;
const pointsOf = (file: string, keep: (p: Props) => boolean = () => true) =>
  read(file)
    .filter((f) => f.geometry.type === 'Point' && keep(f.properties))
    .map((f) => {
      const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
      const [x, y] = toWorld(lon, lat);
      return { x, y, p: f.properties };
    });
const str = (v: unknown) => String(v ?? '');
const named = (p: Props, en: string, zh: string) => ({ en: str(p[en]), zh: str(p[zh]) });

/** The scene's points from public/geo (no shapes: placement needs none). */
const scene: Scene = {
  neighbours: [],
  provinces: [],
  coast: [],
  dashes: [],
  borders: [],
  areas: [],
  rivers: [],
  lakes: [],
  provinceLabels: pointsOf('province-labels.geojson').map(({ x, y, p }) => ({
    x,
    y,
    adcode: str(p.adcode),
    name: named(p, 'name_en', 'name_zh'),
  })),
  areaPoints: pointsOf('areas.points.geojson').map(({ x, y, p }) => ({
    x,
    y,
    id: str(p.id) as AreaId,
    label: named(p, 'label_en', 'label_zh'),
  })),
  ports: pointsOf('ports.geojson').map(({ x, y, p }) => ({
    x,
    y,
    id: str(p.id),
    area: str(p.area_id) as AreaId,
    approximate: p.approximate === true,
    label: named(p, 'plan_name', 'name_zh'),
  })),
  waterLabels: pointsOf('water.geojson', (p) => p.kind === 'label').map(({ x, y, p }) => ({
    x,
    y,
    name: named(p, 'name_en', 'name_zh'),
  })),
  cities: pointsOf('cities.geojson')
    .map(({ x, y, p }) => ({
      x,
      y,
      id: str(p.id),
      name: named(p, 'name_en', 'name_zh'),
      rank: str(p.rank) as CityRank,
      host: p.host === true,
    }))
    .sort((a, b) => cityOrder(a) - cityOrder(b)),
};

/** Latin text about 0.55 em a character, Chinese 1 em: near enough to the real font's widths. */
const measure = (text: string, size: number) =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0) * size;
const size = { width: 1000, height: 740 };

function placeAt(camera: Camera, lang: 'en' | 'zh' = 'en', s: Scene = scene) {
  const { k, tx, ty } = screenTransform(camera, size);
  return placeLabels(s, {
    zoom: camera.zoom,
    size,
    lang,
    toScreen: (x, y) => ({ x: x * k + tx, y: y * k + ty }),
    measure,
    dimmed: () => false,
  });
}

const hostOf = (id: AreaId) => {
  const file = JSON.parse(fs.readFileSync('src/data/areas.geo.json', 'utf8')) as {
    areas: { id: string; parts: { file: string }[] }[];
  };
  return file.areas.find((a) => a.id === id);
};
const overlaps = (a: Label['box'], b: Label['box']) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('context labels in the 2D map', () => {
  it.each(AREA_IDS)('frames %s with its host city named, and its own name uncovered', (id) => {
    const camera = frameBox(
      areaBounds(id),
      size,
      framePadding({ top: 0, right: 0, bottom: 0, left: 0 }),
      AREA_FRAME,
    );
    expect(camera).not.toBeNull();
    const c = camera as Camera;
    expect(c.zoom).toBeGreaterThanOrEqual(ZOOM.detail);
    const placement = placeAt(c);
    const hosts = scene.cities.filter((city) => city.host);
    const { k, tx, ty } = screenTransform(c, size);
    // The host cities of this area: those on screen at this framing.
    const inView = hosts.filter((h) => {
      const x = h.x * k + tx;
      const y = h.y * k + ty;
      return x >= 0 && y >= 0 && x <= size.width && y <= size.height;
    });
    expect(hostOf(id)?.parts.length).toBeGreaterThan(0);
    expect(inView.length, `a host city in view of ${id}`).toBeGreaterThan(0);
    const placedCities = new Set(placement.labels.filter((l) => l.layer === 'city').map((l) => l.city));
    expect(
      inView.some((h) => placedCities.has(h.id)),
      `${id}: one of ${inView.map((h) => h.name.en).join(', ')} named`,
    ).toBe(true);
    // The area's own name is placed, and no city or river name covers it.
    const own = placement.labels.find(
      (l) => l.area === id && (l.layer === 'area' || l.layer === 'areaBeside'),
    );
    expect(own, `${id}'s own name`).toBeDefined();
    for (const l of placement.labels.filter((l) => l.layer === 'city' || l.layer === 'water')) {
      expect(overlaps(l.box, (own as Label).box), `${l.lines[0]?.text} over ${id}`).toBe(false);
    }
  });

  it('shows no context below ZOOM.detail, and only the major cities below ZOOM.citiesMin', () => {
    const national = placeAt({ lon: 105, lat: 36, zoom: 4 });
    expect(national.labels.filter((l) => l.layer === 'city' || l.layer === 'water')).toEqual([]);
    const z6 = placeAt({ lon: 120.5, lat: 31, zoom: 6 });
    const named6 = z6.labels.filter((l) => l.layer === 'city').map((l) => l.city);
    expect(named6.length).toBeGreaterThan(0);
    for (const id of named6) {
      const city = scene.cities.find((c) => c.id === id);
      expect(city?.rank !== 'city' || city.host, city?.name.en).toBe(true);
    }
    const z8 = placeAt({ lon: 120.5, lat: 31, zoom: 8 });
    const minor = z8.labels.filter(
      (l) => l.layer === 'city' && scene.cities.find((c) => c.id === l.city)?.rank === 'city',
    );
    expect(minor.length).toBeGreaterThan(0);
  });

  it('names Shanghai as a city, not a province, at zoom 9 on Pudong', () => {
    for (const lang of ['en', 'zh'] as const) {
      const p = placeAt({ lon: 121.6, lat: 31.2, zoom: 9 }, lang);
      expect(p.labels.some((l) => l.layer === 'city' && l.city === '310000')).toBe(true);
      expect(
        p.labels.some((l) => l.layer === 'province' && ['Shanghai', '上海'].includes(l.lines[0]?.text ?? '')),
      ).toBe(false);
    }
    // Below the cities' zoom the province name is still there (on a map without Pudong's dot and name).
    const p5 = placeAt({ lon: 121.0, lat: 31.2, zoom: 5 }, 'en', { ...scene, areaPoints: [], ports: [] });
    expect(p5.labels.some((l) => l.layer === 'province' && l.lines[0]?.text === 'Shanghai')).toBe(true);
  });
});
