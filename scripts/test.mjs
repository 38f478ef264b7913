// `npm test`: typecheck, lint, unit tests, production build, browser tests — in that order, stopping
// at the first failure. Without a Chromium the browser tests are skipped with one loud line, except
// under CI=true, where a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

/** @type {[string, string[]][]} */
const steps = [
  // The app and tests, the scripts (JSDoc-typed JavaScript) and the bench's floor page.
  ['typecheck', ['npm', 'run', 'typecheck']],
  ['lint', ['npx', 'biome', 'check', '.']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['production build', ['npx', 'vite', 'build', '--logLevel', 'warn']],
  // The one-file app the browser tests open from file:// (dist-file/new-areas-atlas.html).
  ['single-file build', ['npx', 'vite', 'build', '--mode', 'file', '--logLevel', 'warn']],
];

/**
 * @param {string} name
 * @param {string[]} command
 */
function run(name, [cmd, ...args]) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

for (const step of steps) run(...step);

if (!findChromium()) {
  const line =
    'NO CHROMIUM FOUND: browser tests SKIPPED (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)';
  if (process.env.CI === 'true') {
    console.error(`\n✖ ${line} — failing because CI=true`);
    process.exit(1);
  }
  console.warn(`\n!!!!! ${line} !!!!!`);
  process.exit(0);
}
run('browser tests', ['node', 'scripts/e2e.mjs', '--no-build']);
console.log('\nAll checks passed.');
