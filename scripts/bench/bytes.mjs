// Bytes shipped for the first screen, by kind, as the server sends them: gzip level 9 for text (what
// scripts/lib/serve.mjs does), raw for binary files (woff2 is already compressed).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from '../lib/serve.mjs';

/** @typedef {'js' | 'css' | 'geo' | 'fonts' | 'html' | 'other'} Kind */
/** @typedef {ReturnType<typeof shippedBytes>} ShippedBytes */

/**
 * @param {string} path
 * @returns {Kind}
 */
export function kindOf(path) {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.geojson' || (ext === '.json' && path.includes('/geo/'))) return 'geo';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf') return 'fonts';
  if (ext === '.html') return 'html';
  return 'other';
}

/**
 * Sizes of the files behind `paths` (URL pathnames requested from a server rooted at `root`).
 * @param {string} root
 * @param {string[]} paths
 */
export function shippedBytes(root, paths) {
  /** @type {{ path: string, kind: Kind, raw: number, gzip: number }[]} */
  const files = [];
  for (const p of [...new Set(paths)]) {
    let file = join(root, decodeURIComponent(p));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) continue; // e.g. /favicon.ico: a 404 ships a few bytes of text, not counted
    const body = readFileSync(file);
    const gzip = COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }).length : body.length;
    files.push({ path: p, kind: kindOf(file), raw: body.length, gzip });
  }
  /** @type {Record<Kind, number>} */
  const byKind = { js: 0, css: 0, geo: 0, fonts: 0, html: 0, other: 0 };
  for (const f of files) byKind[f.kind] += f.gzip;
  // The budget counts what the map and the UI need; the HTML page itself is reported beside it.
  const total = byKind.js + byKind.css + byKind.geo + byKind.fonts;
  return { files, byKind, total };
}
