// The 2D painter's geometry: every feature projected once, with d3-geo, into world pixels at zoom 0
// (Web Mercator, 512 px wide) as a Path2D. A frame then only sets the canvas transform for the camera
// and fills and strokes these paths: panning and zooming never project a coordinate again.
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, Geometry, Point } from 'geojson';
import { isAreaId } from '../../data';
import type { AreaId, Precision } from '../../data/types';
import { toWorld } from '../camera';
import { detailData, type GeoCollection, lightData, type Props } from '../geo-data';
import type { GeoLayer, ZoomedLayer } from '../geo-files';
import { once } from '../once';
import { type CityRank, LABEL } from '../tokens';

/** A box in world pixels: x0, y0, x1, y1. */
export type Box = [number, number, number, number];
export type Shape = { path: Path2D; box: Box };
export type AreaShape = Shape & { id: AreaId; precision: Precision };
export type Named = { en: string; zh: string };
export type PointFeature = { x: number; y: number };

export type Scene = {
  neighbours: Shape[];
  provinces: Shape[];
  coast: Shape[];
  dashes: Shape[];
  borders: Shape[];
  areas: AreaShape[];
  provinceLabels: (PointFeature & { adcode: string; name: Named })[];
  /** Context, empty until the detailed files are in (withDetail). */
  rivers: Shape[];
  lakes: Shape[];
  waterLabels: (PointFeature & { name: Named })[];
  /** In the order their names are placed (LABEL.city.order). */
  cities: (PointFeature & { id: string; name: Named; rank: CityRank; host: boolean })[];
  areaPoints: (PointFeature & { id: AreaId; label: Named })[];
  ports: (PointFeature & { id: string; area: AreaId; approximate: boolean; label: Named })[];
};

const mercator = geoTransform({
  point(lon, lat) {
    const [x, y] = toWorld(lon, lat);
    this.stream.point(x, y);
  },
});
const bounds = geoPath(mercator);

function shape(f: Feature<Geometry, Props>): Shape {
  const path = new Path2D();
  geoPath(mercator, path as unknown as CanvasRenderingContext2D)(f);
  const [[x0, y0], [x1, y1]] = bounds.bounds(f);
  return { path, box: [x0, y0, x1, y1] };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function points<T>(fc: GeoCollection, make: (p: Props, at: PointFeature) => T | null): T[] {
  const out: T[] = [];
  for (const f of fc.features) {
    if (f.geometry?.type !== 'Point') continue;
    const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
    const [x, y] = toWorld(lon, lat);
    const made = make(f.properties ?? {}, { x, y });
    if (made) out.push(made);
  }
  return out;
}

const shapes = (fc: GeoCollection) => fc.features.filter((f) => f.geometry).map(shape);

function areaShapes(fc: GeoCollection): AreaShape[] {
  return fc.features.flatMap((f) => {
    const id = str(f.properties?.id);
    if (!f.geometry || !isAreaId(id)) return [];
    const precision: Precision = f.properties?.precision === 'exact' ? 'exact' : 'approximate';
    return [{ ...shape(f), id, precision }];
  });
}

/** The scene for the light files. */
export function buildScene(geo: Record<GeoLayer, GeoCollection>): Scene {
  return {
    neighbours: shapes(geo.neighbours),
    provinces: shapes(geo.provinces),
    coast: shapes(geo.china),
    dashes: shapes(geo.dashes),
    borders: shapes(geo.provinceBorders),
    areas: areaShapes(geo.areas),
    provinceLabels: points(geo.provinceLabels, (p, at) => ({
      ...at,
      adcode: str(p.adcode),
      name: { en: str(p.name_en), zh: str(p.name_zh) },
    })),
    rivers: [],
    lakes: [],
    waterLabels: [],
    cities: [],
    areaPoints: points(geo.areaPoints, (p, at) => {
      const id = str(p.id);
      return isAreaId(id) ? { ...at, id, label: { en: str(p.label_en), zh: str(p.label_zh) } } : null;
    }),
    ports: points(geo.ports, (p, at) => {
      const area = str(p.area_id);
      if (!isAreaId(area)) return null;
      const label = { en: str(p.plan_name), zh: str(p.name_zh) };
      return { ...at, id: str(p.id), area, approximate: p.approximate === true, label };
    }),
  };
}

const ofKind = (fc: GeoCollection, kind: string): GeoCollection => ({
  ...fc,
  features: fc.features.filter((f) => f.properties?.kind === kind),
});

const RANKS: readonly CityRank[] = ['nation', 'capital', 'city'];
const rankOf = (v: unknown): CityRank => RANKS.find((r) => r === v) ?? 'city';
type City = Scene['cities'][number];
/** Where a city comes in LABEL.city.order: by rank, a host city before the other cities. */
export const cityOrder = (c: Pick<City, 'rank' | 'host'>): number =>
  LABEL.city.order.indexOf(c.rank === 'city' && c.host ? 'host' : c.rank);

function cities(fc: GeoCollection): City[] {
  const out = points(fc, (p, at) => ({
    ...at,
    id: str(p.id),
    name: { en: str(p.name_en), zh: str(p.name_zh) },
    rank: rankOf(p.rank),
    host: p.host === true,
  }));
  // A stable sort: the file's own order within a rank.
  return out.sort((a, b) => cityOrder(a) - cityOrder(b));
}

/** The same scene with the detailed outlines in place of the light ones, and the context. */
export function withDetail(scene: Scene, geo: Record<ZoomedLayer, GeoCollection>): Scene {
  return {
    ...scene,
    provinces: shapes(geo.provinces),
    coast: shapes(geo.china),
    borders: shapes(geo.provinceBorders),
    areas: areaShapes(geo.areas),
    rivers: shapes(ofKind(geo.water, 'river')),
    lakes: shapes(ofKind(geo.water, 'lake')),
    waterLabels: points(ofKind(geo.water, 'label'), (p, at) => ({
      ...at,
      name: { en: str(p.name_en), zh: str(p.name_zh) },
    })),
    cities: cities(geo.cities),
  };
}

/** The light scene, built once for the page (the map and the inset share it). */
export const lightScene = once((): Promise<Scene> => lightData().then(buildScene));
/** The detailed one, from the zoom the detailed files take over. */
export const detailScene = once(() =>
  Promise.all([lightScene(), detailData()]).then(([s, d]) => withDetail(s, d)),
);
