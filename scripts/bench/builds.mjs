// The builds the benchmark reads: the app as shipped (dist/, rebuilt only when stale, then copied to
// dist-bench/app/ so a rebuild by someone else mid-run cannot pull files from under the server), the
// floor page (dist-bench/floor/), and both again with source maps (dist-bench/analysis/) for the module
// breakdown and for resolving profiles — a separate output so the measured files carry no map comment.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { buildIfNeeded } from '../lib/build-if-needed.mjs';

export const FLOOR_CONFIG = 'scripts/bench/floor/vite.config.ts';
export const OUT = {
  app: 'dist-bench/app',
  floor: 'dist-bench/floor',
  appAnalysis: 'dist-bench/analysis/app',
  floorAnalysis: 'dist-bench/analysis/floor',
};

function vite(args) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

export function buildAll() {
  // Vite's note about its future config loader is noise in the bench's output.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  buildIfNeeded();
  rmSync(OUT.app, { recursive: true, force: true });
  cpSync('dist', OUT.app, { recursive: true });
  // Someone else's build may have been half-way through rewriting dist/.
  const html = readFileSync(`${OUT.app}/index.html`, 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].filter(
    (m) => !existsSync(`${OUT.app}/${m[1]}`),
  );
  if (missing.length) throw new Error(`dist/ is incomplete (${missing[0][1]}): is another build running?`);
  console.log('Building the floor page and the source-mapped copies…');
  vite(['--config', FLOOR_CONFIG]);
  vite(['--outDir', OUT.appAnalysis, '--emptyOutDir', '--sourcemap']);
  vite(['--config', FLOOR_CONFIG, '--outDir', `${process.cwd()}/${OUT.floorAnalysis}`, '--sourcemap']);
}
