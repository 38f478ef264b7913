// The builds the benchmark reads: the app (dist-bench/app/, its own build, so a rebuild of dist/ by
// someone else mid-run cannot pull files from under the server) and the floor page
// (dist-bench/floor/). Both carry "hidden" source maps: .map files beside the code, for the module
// breakdown and for resolving profiles, but no comment pointing at them, so the measured files are
// byte for byte what ships and the browser never asks for a map.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';

export const FLOOR_CONFIG = 'scripts/bench/floor/vite.config.ts';
export const OUT = {
  app: 'dist-bench/app',
  floor: 'dist-bench/floor',
  /** The single file (`npm run build:file`), copied out of dist-file/ for the same reason. */
  file: 'dist-bench/new-areas-atlas.html',
};

/** @param {string[]} args */
function vite(args) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', 'hidden', ...args], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The app alone (the soak alone needs no floor). */
export function buildApp() {
  // Vite's note about its future config loader is noise in the bench's output.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  console.log('Building the app…');
  vite(['--outDir', OUT.app, '--emptyOutDir']);
}

export function buildAll() {
  buildApp();
  console.log('Building the floor page…');
  vite(['--config', FLOOR_CONFIG]);
  vite(['--mode', 'file']);
  copyFileSync('dist-file/new-areas-atlas.html', OUT.file);
}
