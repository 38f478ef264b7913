// `npm run bench -- --only loads`: the cold loads alone (the app and the floor page pair by pair,
// then the single file against the served app), with no clicks, gestures, heap or soak, so work on
// the load budgets takes minutes, not the whole bench. Same loads, same budgets as the full bench.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.mjs';
import { loadBudgets } from './budgets.mjs';
import { buildAll, OUT } from './builds.mjs';
import { loadFigures, loadPairs, warmUp } from './load.mjs';
import { benchMeta } from './meta.mjs';
import { budgetTable, ms } from './report.mjs';
import { singleFileFigures, singleFileLoads } from './single-file.mjs';

/**
 * @param {import('./args.mjs').BenchOptions} opts
 * @param {(m: string) => void} log
 * @returns {Promise<boolean>}  whether every load budget passed
 */
export async function loadsAlone(opts, log) {
  buildAll();
  const app = await serveStatic(OUT.app);
  const floor = await serveStatic(OUT.floor);
  const browser = await launchChromium();
  try {
    const meta = benchMeta(browser, opts);
    log('warm-up loads');
    const { floorUrl, canvas } = await warmUp(browser, app, floor);
    const loads = await loadPairs(browser, { app, floor, floorUrl }, { runs: opts.runs, log });
    log('single file from file:// against the served app: cold loads');
    const single = await singleFileLoads(browser, app, OUT.file, { runs: opts.runs, log });
    const figures = {
      load: loadFigures(loads.pairs, canvas),
      singleFile: singleFileFigures(single.pairs),
      errors: [...loads.errors, ...single.errors.map((e) => `single file: ${e}`)],
    };
    const budgets = loadBudgets(figures);
    console.log(
      [
        '',
        `WebGL load → idle, app / floor: median ${figures.load.ratio.median.toFixed(3)}×, trimmed mean ${figures.load.trimmedRatio.toFixed(3)}×`,
        `single file: app code started at ${ms(figures.singleFile.fileAppStart.median)} from file:// (page parsed at ${ms(figures.singleFile.fileParsed.median)}), ${ms(figures.singleFile.servedAppStart.median)} served (medians)`,
        '',
        budgetTable(budgets),
      ].join('\n'),
    );
    if (figures.errors.length) console.log(`\nPage errors:\n  ${figures.errors.join('\n  ')}`);
    const out = opts.out ?? `bench-results/loads-${meta.date.replace(/[:.]/g, '-')}.json`;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ meta, ...figures, budgets }, null, 1)}\n`);
    console.log(`\nJSON: ${out}`);
    return budgets.every((b) => b.pass);
  } finally {
    await browser.close();
    await app.close();
    await floor.close();
  }
}
