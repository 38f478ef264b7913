// `npm run bench`: cold load, interaction, memory and size figures for the production app, against a
// floor page (bare MapLibre drawing the same style), checked against the budgets in budgets.mjs. Exits
// non-zero when a budget is missed, after profiling what dominates the miss (unless --no-profile).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.mjs';
import { parseArgs } from './args.mjs';
import { checkBudgets } from './budgets.mjs';
import { buildAll, OUT } from './builds.mjs';
import { shippedBytes } from './bytes.mjs';
import { readAreas } from './geo.mjs';
import { panZoomGesture } from './gesture.mjs';
import { measureHeap } from './heap.mjs';
import { currentView, filterToggles, listClicks, mapClicks } from './interactions.mjs';
import { loadFigures, loadPairs, measureLoad, warmUp } from './load.mjs';
import { benchMeta } from './meta.mjs';
import { analyseBundle, extraOverFloor } from './modules.mjs';
import { launchWithoutWebgl, waitSettled } from './page.mjs';
import { profileMisses } from './profile.mjs';
import { formatReport } from './report.mjs';
import { singleFileFigures, singleFileLoads } from './single-file.mjs';
import { SOAK_SEED, snapshotsTo, soak } from './soak.mjs';
import { summary } from './stats.mjs';

/** @typedef {import('./results.mjs').BenchResults} BenchResults */

process.chdir(fileURLToPath(new URL('../../', import.meta.url)));
const opts = parseArgs(process.argv.slice(2));
/** @param {string} m */
const log = (m) => console.log(`[bench] ${m}`);

if (opts.only === 'soak') {
  const { soakAlone } = await import('./soak-alone.mjs');
  process.exit((await soakAlone(opts, log)) ? 0 : 1);
}
if (opts.only === 'loads') {
  const { loadsAlone } = await import('./loads-alone.mjs');
  process.exit((await loadsAlone(opts, log)) ? 0 : 1);
}

buildAll();
const areas = readAreas();
const app = await serveStatic(OUT.app);
const floor = await serveStatic(OUT.floor);
const browser = await launchChromium();

const meta = benchMeta(browser, opts);

/** @type {BenchResults} */
let results;
try {
  log('warm-up loads');
  const { floorUrl, canvas } = await warmUp(browser, app, floor);
  /** @type {import('./interactions.mjs').ClickResult[]} */
  const clicks = [];
  /** @type {import('./interactions.mjs').FilterResult[]} */
  const filters = [];
  const loads = await loadPairs(
    browser,
    { app, floor, floorUrl },
    {
      runs: opts.runs,
      log,
      afterApp: async (page, i) => {
        await waitSettled(page);
        const national = await currentView(page);
        log(`run ${i + 1}: strategy filter toggles`);
        filters.push(...(await filterToggles(page)));
        log(`run ${i + 1}: list clicks`);
        clicks.push(...(await listClicks(page, areas)));
        if (opts.mapClicks) {
          log(`run ${i + 1}: map clicks at national zoom (${national?.zoom})`);
          clicks.push(...(await mapClicks(page, areas, national)));
        }
      },
    },
  );
  const { pairs, requested } = loads;
  /** @type {string[]} */
  const errors = [...loads.errors];

  // Without WebGL (a locked-down PC): the 2D map alone. Cold loads, clicks and pan/zoom gestures.
  log('without WebGL: cold loads, clicks and pan/zoom gestures');
  const flatBrowser = await launchWithoutWebgl();
  /** @type {import('./results.mjs').FlatLoad[]} */
  const flatLoads = [];
  /** @type {import('./interactions.mjs').ClickResult[]} */
  const flatClicks = [];
  /** @type {import('./gesture.mjs').GestureResult[]} */
  const gestures = [];
  try {
    await (await measureLoad(flatBrowser, app, app.url)).context.close(); // warm-up
    for (let i = 0; i < opts.runs; i++) {
      const r = await measureLoad(flatBrowser, app, app.url);
      flatLoads.push({ first: r.firstPictureAt ?? Number.NaN, idle: r.idleAt });
      await waitSettled(r.page);
      if (i === 0) {
        const national = await currentView(r.page);
        flatClicks.push(...(await listClicks(r.page, areas)));
        if (opts.mapClicks) flatClicks.push(...(await mapClicks(r.page, areas, national)));
      }
      gestures.push(await panZoomGesture(r.page));
      log(
        `no WebGL, run ${i + 1}/${opts.runs}: first picture ${flatLoads[i]?.first.toFixed(0)} ms, gesture ${gestures[i]?.pictureFps.toFixed(1)} new pictures a second`,
      );
      errors.push(...r.errors.map((e) => `no WebGL: ${e}`));
      await r.context.close();
    }
  } finally {
    await flatBrowser.close();
  }
  const floorIdle = summary(pairs.map((p) => p.floor)).median;

  // The single file from file:// (a USB stick) against the served app, pair by pair.
  log('single file from file:// against the served app: cold loads');
  const single = await singleFileLoads(browser, app, OUT.file, { runs: opts.runs, log });
  errors.push(...single.errors.map((e) => `single file: ${e}`));

  log(`heap: ${opts.heapActions} select/filter actions`);
  const heap = await measureHeap(browser, app, areas, { actions: opts.heapActions });
  errors.push(...heap.errors.map((e) => `heap run: ${e}`));

  let soaked = null;
  if (opts.soakActions > 0) {
    const seed = opts.soakSeed ?? SOAK_SEED;
    log(
      `soak: ${opts.soakActions} random actions, seed ${seed} (npm run bench -- --seed ${seed} replays it)`,
    );
    soaked = await soak(browser, app, areas, {
      actions: opts.soakActions,
      seed,
      log,
      atHeap: snapshotsTo(opts.snapshots),
    });
    errors.push(...soaked.errors.map((e) => `soak: ${e}`));
  }

  /**
   * A summary of one figure over the clicks that worked, from one route or from both.
   * @param {'ms' | 'paintedMs'} key
   * @param {'list' | 'map' | null} [route]
   */
  const clickSummary = (key, route = null) =>
    summary(clicks.filter((c) => c.ok && (!route || c.route === route)).map((c) => c[key]));
  /** @type {Record<string, number>} */
  const methods = {};
  for (const f of filters) methods[f.method ?? 'timed out'] = (methods[f.method ?? 'timed out'] ?? 0) + 1;
  const appModules = analyseBundle(OUT.app);
  const floorModules = analyseBundle(OUT.floor);
  /**
   * @param {import('./modules.mjs').Bundle} m
   * @param {number} n
   */
  const top = (m, n) =>
    m.chunks
      .flatMap((c) => c.modules)
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, n);
  /** @type {Omit<BenchResults, 'budgets' | 'profiles'>} */
  const measured = {
    meta,
    load: loadFigures(pairs, canvas),
    noWebgl: {
      first: summary(flatLoads.map((l) => l.first)),
      firstRatio: summary(flatLoads.map((l) => l.first / floorIdle)),
      idle: summary(flatLoads.map((l) => l.idle)),
      clicks: summary(flatClicks.filter((c) => c.ok).map((c) => c.ms)),
      clicksFailed: flatClicks.filter((c) => !c.ok),
      gestureFps: summary(gestures.map((g) => g.pictureFps)),
      gestureFrameFps: summary(gestures.map((g) => g.medianFps)),
      loads: flatLoads,
      gestures,
    },
    singleFile: singleFileFigures(single.pairs),
    clicks: {
      all: clickSummary('ms'),
      list: clickSummary('ms', 'list'),
      map: clickSummary('ms', 'map'),
      painted: clickSummary('paintedMs'),
      paintedList: clickSummary('paintedMs', 'list'),
      paintedMap: clickSummary('paintedMs', 'map'),
      failed: clicks.filter((c) => !c.ok),
      raw: clicks,
    },
    filters: { all: summary(filters.filter((f) => f.ok).map((f) => f.ms)), methods, raw: filters },
    heap,
    soak: soaked,
    bytes: {
      app: shippedBytes(OUT.app, requested.app ?? []),
      floor: shippedBytes(OUT.floor, requested.floor ?? []),
    },
    errors,
    modules: {
      app: { top: top(appModules, 15) },
      floor: { top: top(floorModules, 8) },
      appPackages: appModules.packages,
      floorPackages: floorModules.packages,
      extra: extraOverFloor(appModules, floorModules),
    },
  };
  results = { ...measured, budgets: checkBudgets(measured) };
  const missed = results.budgets.filter((b) => !b.pass);
  if (missed.length && opts.profile) {
    log(`profiling the missed budgets: ${missed.map((b) => b.id).join(', ')}`);
    results.profiles = await profileMisses(browser, {
      areas,
      results,
      missed,
      heapActions: opts.heapActions,
    });
  }
} finally {
  await browser.close();
  await app.close();
  await floor.close();
}

console.log(formatReport(results));
if (results.errors.length) console.log(`\nPage errors:\n  ${results.errors.join('\n  ')}`);
const out = opts.out ?? `bench-results/bench-${results.meta.date.replace(/[:.]/g, '-')}.json`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
console.log(`\nJSON: ${out}`);
process.exit(results.budgets.every((b) => b.pass) ? 0 : 1);
