// Builds the production app when dist/ is missing or older than any of its inputs, so
// `npm start` right after `npm ci` just works and a second start is instant.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
  'src',
  'public',
  'seeds',
  'index.html',
  'vite.config.ts',
  'vite.single-file.ts',
  'package-lock.json',
];

/**
 * @param {string} path
 * @returns {number}
 */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function isBuildStale(root = '.', outDir = 'dist', page = 'index.html') {
  const built = join(root, outDir, page);
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((p) => newestMtime(join(root, p)) > builtAt);
}

export function buildIfNeeded({ force = false } = {}) {
  if (!force && !isBuildStale()) return false;
  console.log('Building the production app (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
  return true;
}

/** The single-file build (`npm run build:file`), which the browser tests open from file://. */
export function buildFileIfNeeded({ force = false } = {}) {
  if (!force && !isBuildStale('.', 'dist-file', 'new-areas-atlas.html')) return false;
  console.log('Building the single file (vite build --mode file)…');
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'file', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build --mode file failed');
  return true;
}
