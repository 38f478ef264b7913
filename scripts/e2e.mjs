// Browser tests: the production build, served on 127.0.0.1, driven in headless Chromium.
import { spawnSync } from 'node:child_process';
import { buildFileIfNeeded, buildIfNeeded } from './lib/build-if-needed.mjs';

if (!process.argv.includes('--no-build')) {
  buildIfNeeded();
  buildFileIfNeeded();
}
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
const r = spawnSync('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...extra], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
