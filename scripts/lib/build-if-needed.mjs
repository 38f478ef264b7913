// Builds the production app when dist/ is missing or older than any of its inputs, so
// `npm start` right after `npm ci` just works and a second start is instant.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'public', 'seeds', 'index.html', 'vite.config.ts', 'package-lock.json'];

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

export function isBuildStale(root = '.', outDir = 'dist') {
  const built = join(root, outDir, 'index.html');
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
