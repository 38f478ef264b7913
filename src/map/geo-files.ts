// The GeoJSON files under public/geo that the map draws, by layer: the light ones for the first
// picture (shipped together as LIGHT_BUNDLE: light-geo-plugin.ts), and the detailed ones that replace
// them from ZOOM.detail on, with the context (rivers, lakes, cities) that only shows from there. Both
// renderers and the build read this one list.

export const LIGHT_FILES = {
  neighbours: 'neighbours.geojson',
  provinces: 'provinces.lo.geojson',
  china: 'china.lo.geojson',
  provinceBorders: 'province-borders.lo.geojson',
  provinceLabels: 'province-labels.geojson',
  areas: 'areas.lo.geojson',
  areaPoints: 'areas.points.geojson',
  ports: 'ports.geojson',
  /** The ten dashes in the South China Sea. */
  dashes: 'scs-dashes.geojson',
} as const;

export type GeoLayer = keyof typeof LIGHT_FILES;

export const DETAIL_FILES = {
  provinces: 'provinces.hi.geojson',
  china: 'china.hi.geojson',
  provinceBorders: 'province-borders.hi.geojson',
  areas: 'areas.hi.geojson',
} as const satisfies Partial<Record<GeoLayer, string>>;

export type DetailLayer = keyof typeof DETAIL_FILES;

/** Context for reading a zoomed-in map, loaded with the detailed files (never for the first picture). */
export const CONTEXT_FILES = {
  /** Rivers (lines), lakes (polygons) and their names (points), told apart by `kind`. */
  water: 'water.geojson',
  /** Prefecture-level cities, municipalities and SARs, ranked nation / capital / city. */
  cities: 'cities.geojson',
} as const;

export type ContextLayer = keyof typeof CONTEXT_FILES;

/** Every file that comes in from ZOOM.detail, by layer: the detailed outlines and the context. */
export const ZOOMED_FILES = { ...DETAIL_FILES, ...CONTEXT_FILES } as const;

export type ZoomedLayer = keyof typeof ZOOMED_FILES;

/** The folder the files are served from, relative to the page. */
export const GEO_DIR = 'geo/';

/** The light files in one, as the page loads them. */
export const LIGHT_BUNDLE = 'light.json';
