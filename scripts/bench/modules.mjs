// The JS bundle broken down by source module and by package, from the source-mapped build: each
// minified byte belongs to the source its mapping points at. A module's gzip share is estimated as
// the chunk's gzip size split in proportion to each module's own gzip size (gzip works across module
// boundaries, so no per-module number is exact; the proportion keeps the parts summing to the whole).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMap } from './sourcemap.mjs';

/**
 * One source module's share of a chunk (an unmapped run of code stands for one too).
 * @typedef {{ source: string, pkg: string, bytes: number, gzip: number }} ModuleRow
 */
/** @typedef {{ file: string, bytes: number, gzip: number, modules: ModuleRow[] }} Chunk */
/** @typedef {{ pkg: string, bytes: number, gzip: number, modules: number }} PackageRow */
/** @typedef {ReturnType<typeof analyseBundle>} Bundle */

/** @param {string} text */
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * `node_modules/@scope/name/...` → `@scope/name`; app code → its folder under src/.
 * @param {string} source
 */
export function packageOf(source) {
  const i = source.lastIndexOf('node_modules/');
  if (i >= 0) {
    const parts = source.slice(i + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (source.startsWith('src/'))
    return source
      .split('/')
      .slice(0, 2)
      .join('/')
      .replace(/ \(JSON import\)$/, '');
  return source;
}

/**
 * src/**\/*.json with a string that identifies each (JSON imports carry no source map).
 * @returns {{ path: string, probe: string }[]}
 */
function jsonFingerprints(dir = 'src') {
  /** @type {{ path: string, probe: string }[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFingerprints(path));
    else if (entry.name.endsWith('.json')) {
      const text = readFileSync(path, 'utf8');
      const probe = /"((?:[^"\\]|\\.){24,})"/.exec(text)?.[1]?.slice(0, 40);
      if (probe && !probe.includes('\\')) out.push({ path, probe });
    }
  }
  return out;
}

/**
 * Names a run of unmapped code: a JSON import it contains, or its first characters.
 * @param {string} text
 * @param {{ path: string, probe: string }[]} fingerprints
 */
function nameUnmapped(text, fingerprints) {
  const hit = fingerprints.find((f) => text.includes(f.probe));
  if (hit) return `${hit.path} (JSON import)`;
  return `(unmapped) ${text.slice(0, 48).replace(/\s+/g, ' ')}…`;
}

/**
 * @param {string} source  as the map names it
 * @param {string} mapDir  the folder of the map, which relative sources start from
 */
function tidy(source, mapDir) {
  if (source.startsWith('\0') || /^[a-z]+:/.test(source)) return source.replace(/^\0/, '');
  return relative(process.cwd(), resolve(mapDir, source));
}

/** @param {string} dir  a build's output folder */
export function analyseBundle(dir) {
  const assets = join(dir, 'assets');
  const fingerprints = jsonFingerprints();
  /** @type {Chunk[]} */
  const chunks = [];
  for (const name of readdirSync(assets)) {
    if (!/\.(m?js)$/.test(name)) continue;
    const code = readFileSync(join(assets, name), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const mapFile = join(assets, `${name}.map`);
    const chunkGzip = gz(code);
    if (!existsSync(mapFile)) {
      // MapLibre's worker is copied as a prebuilt asset (`?url`): one opaque module.
      const source = name.includes('maplibre-gl-worker') ? 'maplibre-gl (worker, prebuilt)' : name;
      chunks.push({
        file: name,
        bytes: Buffer.byteLength(code),
        gzip: chunkGzip,
        modules: [{ source, pkg: source, bytes: Buffer.byteLength(code), gzip: chunkGzip }],
      });
      continue;
    }
    const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
    /** @type {Map<string, string>} */
    const named = new Map();
    /**
     * @param {string} id
     * @param {string} text
     */
    const add = (id, text) => named.set(id, `${named.get(id) ?? ''}${text}`);
    for (const [source, pieces] of map.split(code)) {
      if (source !== null) {
        add(tidy(source, dirname(mapFile)), pieces.join(''));
        continue;
      }
      // Unmapped runs: big ones are modules without a map (JSON, virtual); the rest is bundler glue.
      for (const piece of pieces) {
        add(piece.length >= 500 ? nameUnmapped(piece, fingerprints) : '(unmapped: bundler glue)', piece);
      }
    }
    const parts = [...named].map(([id, text]) => ({
      source: id,
      pkg: id.startsWith('(unmapped') ? '(unmapped)' : packageOf(id),
      bytes: Buffer.byteLength(text),
      alone: gz(text),
    }));
    const aloneSum = parts.reduce((s, p) => s + p.alone, 0);
    const modules = parts
      .map(({ alone, ...p }) => ({ ...p, gzip: Math.round((chunkGzip * alone) / aloneSum) }))
      .sort((a, b) => b.bytes - a.bytes);
    chunks.push({ file: name, bytes: Buffer.byteLength(code), gzip: chunkGzip, modules });
  }
  /** @type {Map<string, PackageRow>} */
  const packages = new Map();
  for (const m of chunks.flatMap((c) => c.modules)) {
    const p = packages.get(m.pkg) ?? { pkg: m.pkg, bytes: 0, gzip: 0, modules: 0 };
    p.bytes += m.bytes;
    p.gzip += m.gzip;
    p.modules++;
    packages.set(m.pkg, p);
  }
  return { chunks, packages: [...packages.values()].sort((a, b) => b.gzip - a.gzip) };
}

/**
 * What the app's JS carries that the floor's does not, by package.
 * @param {Bundle} app
 * @param {Bundle} floor
 */
export function extraOverFloor(app, floor) {
  const floorSources = new Set(floor.chunks.flatMap((c) => c.modules.map((m) => m.source)));
  const extra = app.chunks.flatMap((c) => c.modules).filter((m) => !floorSources.has(m.source));
  /** @type {Map<string, number>} */
  const byPkg = new Map();
  for (const m of extra) byPkg.set(m.pkg, (byPkg.get(m.pkg) ?? 0) + m.gzip);
  return {
    gzip: extra.reduce((s, m) => s + m.gzip, 0),
    packages: [...byPkg].map(([pkg, gzip]) => ({ pkg, gzip })).sort((a, b) => b.gzip - a.gzip),
  };
}
