// `npm run bench -- --only soak`: the soak by itself (the app's build and one browser, no floor, loads,
// clicks or bytes), so work on its figures takes minutes, not the whole bench. Same soak, same
// budgets, same report lines; the JSON holds the soak's figures alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.mjs';
import { soakBudgets } from './budgets.mjs';
import { buildApp, OUT } from './builds.mjs';
import { readAreas } from './geo.mjs';
import { benchMeta } from './meta.mjs';
import { budgetTable, soakLines } from './report.mjs';
import { SOAK_SEED, snapshotsTo, soak } from './soak.mjs';

/**
 * @param {import('./args.mjs').BenchOptions} opts
 * @param {(m: string) => void} log
 * @returns {Promise<boolean>}  whether every soak budget passed
 */
export async function soakAlone(opts, log) {
  buildApp();
  const app = await serveStatic(OUT.app);
  const browser = await launchChromium();
  try {
    const meta = benchMeta(browser, opts);
    const seed = opts.soakSeed ?? SOAK_SEED;
    log(
      `soak alone: ${opts.soakActions} random actions, seed ${seed} (--only soak --seed ${seed} replays it)`,
    );
    const figures = await soak(browser, app, readAreas(), {
      actions: opts.soakActions,
      seed,
      log,
      atHeap: snapshotsTo(opts.snapshots),
    });
    const budgets = soakBudgets(figures);
    console.log(['', ...soakLines(figures), '', budgetTable(budgets)].join('\n'));
    if (figures.errors.length) console.log(`\nPage errors:\n  ${figures.errors.join('\n  ')}`);
    const out = opts.out ?? `bench-results/soak-${meta.date.replace(/[:.]/g, '-')}.json`;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ meta, soak: figures, budgets }, null, 1)}\n`);
    console.log(`\nJSON: ${out}`);
    return budgets.every((b) => b.pass);
  } finally {
    await browser.close();
    await app.close();
  }
}
