// npm run geo: rebuild public/geo/ from npm packages and src/data (no network).
//   node scripts/geo/build.mjs [--out DIR] [--areas FILE] [--ports FILE]
// Fails (exit 1) with a message naming the culprit on any input or geometry problem.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { area as turfArea } from '@turf/turf';
import { assertPolygonal, cleanupArea, polygonsOf } from './area-cleanup.mjs';
import { assertPointInside, checkPortDistance } from './checks.mjs';
import {
  CLEANUP,
  FIRST_SCREEN,
  FIRST_SCREEN_BUDGET_GZIP,
  INPUTS,
  LODS,
  NEIGHBOURS,
  OUT_DIR,
  PACKAGES,
  PORT_MAX_KM,
  packageVersion,
} from './config.mjs';
import { properCrossings } from './crossings.mjs';
import { loadCounties, readJson } from './load-counties.mjs';
import { lookupConstituents } from './lookup-constituents.mjs';
import { fileEntry } from './manifest.mjs';
import { buildNeighbours, naturalEarthCountries } from './neighbours.mjs';
import { AREA_KEYS, areaProperties, PORT_KEYS, PROVINCE_KEYS, portProperties } from './properties.mjs';
import { PROVINCES } from './provinces.mjs';
import { buildTopology, countyCollection } from './topology.mjs';
import { validateConfig } from './validate-config.mjs';
import { decimalsOf, featureCollectionText, roundGeometry } from './write-geojson.mjs';

const log = (msg) => process.stdout.write(`[geo] ${msg}\n`);

function parseArgs(argv) {
  const opts = { out: OUT_DIR, areas: INPUTS.areas, ports: INPUTS.ports };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (!(key in opts) || argv[i + 1] === undefined)
      throw new Error(`Unknown or incomplete argument: ${argv[i]}`);
    opts[key] = path.resolve(argv[i + 1]);
  }
  return opts;
}

const toFeatures = (json) =>
  json.type === 'GeometryCollection'
    ? json.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g }))
    : json.features;

/** Set of "lon,lat" keys on China's outer boundary, to tell islets from inland slivers. */
function outlineKeys(chinaJson) {
  const keys = new Set();
  for (const f of toFeatures(chinaJson)) {
    for (const poly of polygonsOf(f.geometry))
      for (const ring of poly) for (const p of ring) keys.add(`${p[0]},${p[1]}`);
  }
  return keys;
}

function provinceFeatures(json, decimals) {
  const byCode = new Map(PROVINCES.map((p) => [p.adcode, p]));
  return toFeatures(json)
    .map((f) => {
      const p = byCode.get(f.properties.province);
      if (!p) throw new Error(`Unknown province code ${f.properties.province} in the dissolve`);
      const geometry = roundGeometry(f.geometry, decimals);
      assertPolygonal(geometry, `province ${p.adcode}`);
      return {
        type: 'Feature',
        properties: { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en },
        geometry,
      };
    })
    .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
}

function borderFeatures(json, decimals) {
  return toFeatures(json).map((f) => ({
    type: 'Feature',
    properties: {},
    geometry: roundGeometry(f.geometry, decimals),
  }));
}

/** Area outlines at one level of detail, cleaned and checked; keyed by area id. */
function areaGeometries(json, chinaJson, areas, decimals) {
  const coast = outlineKeys(chinaJson);
  const isCoastal = (ring) => ring.some((p) => coast.has(`${p[0]},${p[1]}`));
  const byId = new Map(toFeatures(json).map((f) => [f.properties.area_id, f]));
  const result = new Map();
  for (const area of areas) {
    const f = byId.get(area.id);
    if (!f) throw new Error(`Area "${area.id}": the dissolve produced no outline`);
    const cleaned = cleanupArea(roundGeometry(f.geometry, decimals), { ...CLEANUP, isCoastal });
    assertPolygonal(cleaned.geometry, `Area "${area.id}" outline`);
    const crossings = properCrossings(cleaned.geometry);
    if (crossings.length) {
      throw new Error(
        `Area "${area.id}" outline has ${crossings.length} self-crossing edge(s), e.g. at ${crossings[0].join(', ')}`,
      );
    }
    result.set(area.id, cleaned);
  }
  return result;
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
  ].filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`Missing input file(s): ${missing.join(', ')}`);
  const config = readJson(opts.areas, 'areas config');
  const portsJson = readJson(opts.ports, 'ports');
  const { areas, ports } = validateConfig(config, portsJson);

  const { byFile, stats } = loadCounties(INPUTS);
  log(`read ${stats.features} counties from ${stats.files} files (decoded: ${stats.encoded.join(', ')})`);
  const matches = lookupConstituents(areas, config.dataset_aliases ?? {}, byFile);
  const areaOfCounty = new Map();
  for (const [id, ms] of matches) for (const m of ms) areaOfCounty.set(m.county, id);

  const { result: topo, commands: topologyCmd } = await buildTopology(
    countyCollection(byFile, areaOfCounty),
    LODS,
  );
  log(`mapshaper topology done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);

  const outlines = {};
  for (const lod of ['hi', 'lo']) {
    outlines[lod] = areaGeometries(topo[lod].areas, topo[lod].china, areas, decimalsOf(LODS[lod].precision));
  }
  const props = new Map();
  const hiFeature = new Map();
  for (const area of areas) {
    const geometry = outlines.hi.get(area.id).geometry;
    const feature = { type: 'Feature', properties: {}, geometry };
    props.set(area.id, areaProperties(area, turfArea(feature) / 1e6));
    hiFeature.set(area.id, feature);
    assertPointInside(area.id, [area.point.lon, area.point.lat], feature);
  }
  const portFeatures = ports.map((port) => {
    const km = checkPortDistance(port, hiFeature.get(port.area_id), PORT_MAX_KM);
    return {
      type: 'Feature',
      properties: portProperties(port, km),
      geometry: { type: 'Point', coordinates: [port.lon, port.lat] },
    };
  });

  const worldTopo = readJson(INPUTS.worldCountries, 'world-atlas countries');
  const neighbours = await buildNeighbours(naturalEarthCountries(worldTopo), topo.lo.china, NEIGHBOURS);
  log(`neighbours: ${neighbours.fc.features.length} countries, ${neighbours.gaps.filled} border gaps filled`);

  const areaFeatures = (lod) =>
    areas.map((a) => ({
      type: 'Feature',
      properties: props.get(a.id),
      geometry: outlines[lod].get(a.id).geometry,
    }));
  const pointFeatures = areas.map((a) => ({
    type: 'Feature',
    properties: props.get(a.id),
    geometry: { type: 'Point', coordinates: [a.point.lon, a.point.lat] },
  }));
  const texts = {};
  for (const lod of ['lo', 'hi']) {
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
  }
  texts['neighbours.geojson'] = featureCollectionText(neighbours.fc.features, {
    keys: ['name_en'],
    decimals: decimalsOf(NEIGHBOURS.precision),
  });
  texts['areas.points.geojson'] = featureCollectionText(pointFeatures, { keys: AREA_KEYS, decimals: 4 });
  texts['ports.geojson'] = featureCollectionText(portFeatures, { keys: PORT_KEYS, decimals: 4 });

  const files = {};
  for (const name of Object.keys(texts).sort()) files[name] = fileEntry(texts[name]);
  const firstScreenGzip = FIRST_SCREEN.reduce((n, f) => n + files[f].gzip_bytes, 0);
  if (firstScreenGzip > FIRST_SCREEN_BUDGET_GZIP) {
    throw new Error(
      `First-screen files are ${firstScreenGzip} B gzipped, over the ${FIRST_SCREEN_BUDGET_GZIP} B budget`,
    );
  }

  const manifest = {
    about:
      'Generated by scripts/geo/build.mjs (npm run geo) from npm packages and src/data; do not edit. Area outlines are unions of county-level divisions (c. 2016-17 data), not official boundaries.',
    packages: Object.fromEntries(PACKAGES.map((p) => [p, packageVersion(p)])),
    levels_of_detail: {
      lo: {
        simplify_interval_m: LODS.lo.base,
        area_outline_interval_m: LODS.lo.areas,
        precision_deg: LODS.lo.precision,
      },
      hi: {
        simplify_interval_m: LODS.hi.base,
        area_outline_interval_m: LODS.hi.areas,
        precision_deg: LODS.hi.precision,
      },
      neighbours: {
        source: 'world-atlas countries-50m',
        bbox: NEIGHBOURS.bbox,
        simplify_interval_m: NEIGHBOURS.interval,
        precision_deg: NEIGHBOURS.precision,
      },
    },
    mapshaper: { topology: topologyCmd, neighbours: neighbours.commands },
    inputs: {
      county_files: stats.files,
      echarts_encoded_files: stats.encoded,
      county_features: stats.features,
      degenerate_rings_dropped: stats.droppedRings,
      neighbour_border_gaps_filled: neighbours.gaps.filled,
    },
    files,
    first_screen: {
      files: FIRST_SCREEN,
      gzip_bytes: firstScreenGzip,
      budget_gzip_bytes: FIRST_SCREEN_BUDGET_GZIP,
    },
    areas: areas.map((a) => ({
      ...props.get(a.id),
      constituents: matches
        .get(a.id)
        .map(({ file, name, found, adcode, partial }) => ({ file, name, found, adcode, partial })),
      missing_parts: a.missing_parts ?? [],
      cleanup: Object.fromEntries(
        ['lo', 'hi'].map((lod) => {
          const c = outlines[lod].get(a.id);
          const km2 = (xs) => xs.map((x) => Math.round(x * 1000) / 1000);
          return [
            lod,
            { holes_filled_km2: km2(c.filledHoles), inland_parts_dropped_km2: km2(c.droppedParts) },
          ];
        }),
      ),
    })),
    ports: portFeatures.map((f) => ({
      id: f.properties.id,
      area_id: f.properties.area_id,
      distance_km: f.properties.distance_km,
    })),
  };

  fs.mkdirSync(opts.out, { recursive: true });
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(opts.out, name), text);
  fs.writeFileSync(path.join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    process.stderr.write(`[geo] build failed: ${e.message}\n`);
    process.exit(1);
  });
}
