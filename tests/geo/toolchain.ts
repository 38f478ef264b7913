// Whether the geo pipeline's packages are installed (scripts/geo/node_modules, `npm run geo:install`).
// The app's `npm ci` leaves them out, so the tests that read the raw county data or run the pipeline
// are skipped with one loud line; under CI=true (where .ci/run installs them) their absence fails.
import { toolchainInstalled } from '../../scripts/geo/config.mjs';

export const GEO_TOOLCHAIN = toolchainInstalled();

if (!GEO_TOOLCHAIN) {
  const line = 'GEO TOOLCHAIN NOT INSTALLED: tests of the raw inputs SKIPPED (npm run geo:install)';
  if (process.env.CI === 'true') throw new Error(`${line} — failing because CI=true`);
  console.warn(`!!!!! ${line} !!!!!`);
}
