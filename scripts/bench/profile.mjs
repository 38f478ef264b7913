// When a budget is missed, find what dominates: the same measurement again on the same builds (their
// hidden source maps lie beside the code), under Chromium's CPU profiler, performance trace or sampling
// heap profiler, with every sample resolved to its original module, line and function.
import { serveStatic } from '../lib/serve.mjs';
import { OUT } from './builds.mjs';
import { heapUsed, loadedApp, runActions, WARM_AFTER } from './heap.mjs';
import { currentView, filterToggles, listClicks, mapClicks } from './interactions.mjs';
import { freshPage, waitFirstIdle } from './page.mjs';
import { aggregateCpu, aggregateHeap, Resolver } from './resolve.mjs';
import { median, quantile } from './stats.mjs';
import { readTrace, TRACE_CATEGORIES } from './trace.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {import('../lib/serve.mjs').StaticServer} StaticServer */
/** @typedef {import('./geo.mjs').BenchArea} BenchArea */
/** @typedef {import('./resolve.mjs').CpuProfile} CpuProfile */
/** @typedef {'app' | 'floor'} PageKind */
/**
 * What dominates a missed budget: a one-line summary, the report's lines, and the figures behind them.
 * @typedef {{ budget: string, summary: string, lines: string[], data: object }} Finding
 */

/** @param {number} v */
const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
/** @param {number} v */
const kb = (v) => `${(v / 1024).toFixed(0)} KB`;
const SAMPLING_US = 250;
const LOADS = 3; // profiled loads per page, alternated

/** @param {CDPSession} cdp */
async function startCpu(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
}
/** @param {CDPSession} cdp */
const stopCpu = async (cdp) => (await cdp.send('Profiler.stop')).profile;

/**
 * One cold load under the CPU profiler (main thread).
 * @param {Browser} browser
 * @param {string} url
 */
async function cpuLoad(browser, url) {
  const { context, page } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await startCpu(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await waitFirstIdle(page);
  const profile = await stopCpu(cdp);
  await context.close();
  return profile;
}

/**
 * One cold load under a performance trace (all threads, with request times).
 * @param {Browser} browser
 * @param {string} url
 */
async function tracedLoad(browser, url) {
  const { context, page } = await freshPage(browser);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'commit' });
  const idleAt = await waitFirstIdle(page);
  const trace = readTrace(await browser.stopTracing(), idleAt);
  await context.close();
  return trace;
}

/**
 * @param {{ key: string, ms: number }[]} rows
 * @param {number} n
 * @param {(ms: number) => string} fmt
 */
const top = (rows, n, fmt) => rows.slice(0, n).map((r) => `${fmt(r.ms)}  ${r.key}`);

/**
 * @param {Browser} browser
 * @param {Record<PageKind, string>} urls
 * @param {Resolver} resolver
 * @returns {Promise<Finding>}
 */
async function profileLoad(browser, urls, resolver) {
  /** @type {Record<PageKind, { traces: (import('./trace.mjs').Trace | null)[], cpu: CpuProfile[] }>} */
  const runs = { app: { traces: [], cpu: [] }, floor: { traces: [], cpu: [] } };
  for (let i = 0; i < LOADS; i++) {
    for (const kind of /** @type {PageKind[]} */ (i % 2 ? ['app', 'floor'] : ['floor', 'app'])) {
      runs[kind].traces.push(await tracedLoad(browser, urls[kind]));
      runs[kind].cpu.push(await cpuLoad(browser, urls[kind]));
    }
  }
  /**
   * @param {PageKind} kind
   * @param {(trace: import('./trace.mjs').Trace) => number | null} pick
   */
  const avg = (kind, pick) => median(runs[kind].traces.filter((t) => t !== null).map(pick));
  const milestoneNames = /** @type {(keyof import('./trace.mjs').Trace['milestones'])[]} */ (
    Object.keys(runs.app.traces.find(Boolean)?.milestones ?? {})
  );
  const lines = [
    `milestones, ms from navigation start (median of ${LOADS} traced loads): floor | app | app − floor`,
  ];
  /** @type {Record<string, { floor: number, app: number }>} */
  const m = {};
  for (const name of milestoneNames) {
    const f = avg('floor', (t) => t.milestones[name]);
    const a = avg('app', (t) => t.milestones[name]);
    m[name] = { floor: f, app: a };
    lines.push(`  ${name.padEnd(20)} ${ms(f).padStart(8)} | ${ms(a).padStart(8)} | ${ms(a - f).padStart(8)}`);
  }
  /**
   * @param {PageKind} kind
   * @param {keyof import('./trace.mjs').Trace['busy']} k
   */
  const busy = (kind, k) => avg(kind, (t) => t.busy[k]);
  lines.push(
    `busy before idle: main thread floor ${ms(busy('floor', 'main'))}, app ${ms(busy('app', 'main'))}; ` +
      `workers floor ${ms(busy('floor', 'workers'))}, app ${ms(busy('app', 'workers'))}`,
  );
  const names = Object.keys(runs.app.traces.find(Boolean)?.mainByName ?? {});
  const byName = names
    .map((n) => ({ n, f: avg('floor', (t) => t.mainByName[n]), a: avg('app', (t) => t.mainByName[n]) }))
    .filter((r) => r.a - r.f > 5)
    .sort((x, y) => y.a - y.f - (x.a - x.f));
  lines.push(
    `main-thread trace events, app − floor: ${byName.map((r) => `${r.n} +${ms(r.a - r.f)}`).join(', ')}`,
  );
  const cpu = { app: aggregateCpu(runs.app.cpu, resolver), floor: aggregateCpu(runs.floor.cpu, resolver) };
  /** @param {number} x */
  const per = (x) => x / LOADS;
  const floorPkg = new Map(cpu.floor.packages.map((p) => [p.key, p.ms]));
  const pkgDelta = cpu.app.packages
    .map((p) => ({ key: p.key, ms: per(p.ms - (floorPkg.get(p.key) ?? 0)) }))
    .filter((p) => p.key !== '(idle)')
    .sort((a, b) => b.ms - a.ms);
  lines.push('main-thread CPU self time per load by package, app − floor (CPU profiler, 250 µs sampling):');
  lines.push(...top(pkgDelta, 8, (v) => `  ${ms(v).padStart(8)}`));
  const floorFn = new Map(cpu.floor.functions.map((f) => [f.key, f.ms]));
  const fnDelta = cpu.app.functions
    .map((f) => ({ key: f.key, ms: per(f.ms - (floorFn.get(f.key) ?? 0)) }))
    .filter((f) => !/^\((idle|program|garbage collector)\)$/.test(f.key))
    .sort((a, b) => b.ms - a.ms);
  lines.push('functions with the most extra main-thread self time per load in the app:');
  lines.push(...top(fnDelta, 12, (v) => `  ${ms(v).padStart(8)}`));
  const geoDelay = m.firstGeoSent ? m.firstGeoSent.app - m.firstGeoSent.floor : Number.NaN;
  const idleDelta = m.idle ? m.idle.app - m.idle.floor : Number.NaN;
  return {
    budget: 'load',
    summary:
      `the app reaches idle ${ms(idleDelta)} after the floor; it asks for its first GeoJSON ${ms(geoDelay)} later ` +
      `(the map is created only after the app's script has downloaded, run and rendered React), ` +
      `top extra main-thread packages: ${pkgDelta
        .slice(0, 4)
        .map((p) => `${p.key} ${ms(p.ms)}`)
        .join(', ')}`,
    lines,
    data: { milestones: m, packagesDelta: pkgDelta.slice(0, 20), functionsDelta: fnDelta.slice(0, 30) },
  };
}

/**
 * The click (or filter) measurements again, with the CPU profiler on only during each measured window.
 * @param {Browser} browser
 * @param {StaticServer} server
 * @param {BenchArea[]} areas
 * @param {'click' | 'filter'} which
 */
async function profileInteractions(browser, server, areas, which) {
  const { context, page, cdp } = await loadedApp(browser, server);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  /** @type {CpuProfile[]} */
  const profiles = [];
  /** @type {import('./interactions.mjs').Hooks} */
  const hooks = {
    before: () => cdp.send('Profiler.start'),
    after: async () => profiles.push(await stopCpu(cdp)),
  };
  /** @type {{ ms: number | null }[]} */
  let results;
  if (which === 'click') {
    const national = await currentView(page);
    results = [...(await listClicks(page, areas, hooks)), ...(await mapClicks(page, areas, national, hooks))];
  } else {
    results = await filterToggles(page, hooks);
  }
  await context.close();
  return { profiles, results };
}

/**
 * Where the time of the slowest windows went, idle included: idle means waiting (GPU, next frame).
 * @param {CpuProfile[]} profiles  one per window
 * @param {{ ms: number | null }[]} results  the same windows' figures
 * @param {Resolver} resolver
 */
function tail(profiles, results, resolver, share = 0.1) {
  const order = results
    .map((r, i) => ({ i, ms: r.ms ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.max(1, Math.round(results.length * share)));
  const cpu = aggregateCpu(
    order.map((o) => profiles[o.i]),
    resolver,
  );
  const n = order.length;
  return [
    `the slowest ${n} windows (${order.map((o) => ms(o.ms)).join(', ')}), per window, idle included:`,
    ...top(cpu.packages, 6, (v) => `  ${ms(v / n).padStart(6)}`),
  ];
}

/**
 * @param {Browser} browser
 * @param {StaticServer} server
 * @param {BenchArea[]} areas
 * @param {Resolver} resolver
 * @param {import('./results.mjs').BenchResults['clicks']} measured  the bench's own click figures
 * @returns {Promise<Finding>}
 */
async function profileClicks(browser, server, areas, resolver, measured) {
  const { profiles, results } = await profileInteractions(browser, server, areas, 'click');
  const cpu = aggregateCpu(profiles, resolver);
  const ok = measured.raw.filter((c) => c.ok);
  /** @param {import('./interactions.mjs').ClickResult['route']} route */
  const split = (route) => {
    const rows = ok.filter((c) => c.route === route);
    const dom = rows.map((c) => c.domMs);
    const frame = rows.map((c) => c.ms - c.domMs);
    return `${route}: click → panel in DOM p50 ${ms(median(dom))} / p95 ${ms(quantile(dom, 0.95))}; panel in DOM → next frame p50 ${ms(median(frame))} / p95 ${ms(quantile(frame, 0.95))}`;
  };
  const slow = ok
    .slice()
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map((c) => `${c.route} ${c.area} ${ms(c.ms)}`);
  const n = profiles.length;
  const lines = [
    split('list'),
    split('map'),
    `slowest clicks: ${slow.join(', ')}`,
    `CPU self time in the ${n} profiled click windows (click → measured frame + ≤20 ms polling), per click:`,
    ...top(
      cpu.packages.filter((p) => p.key !== '(idle)'),
      8,
      (v) => `  ${ms(v / n).padStart(6)}`,
    ),
    'top functions, per click:',
    ...top(
      cpu.functions.filter((f) => f.key !== '(idle)'),
      14,
      (v) => `  ${(v / n).toFixed(1).padStart(6)} ms`,
    ),
    ...tail(profiles, results, resolver),
  ];
  const busiest = cpu.packages.filter((p) => p.key !== '(idle)').slice(0, 3);
  return {
    budget: 'click',
    summary: `per click, main-thread time goes mostly to ${busiest.map((p) => `${p.key} ${ms(p.ms / n)}`).join(', ')}`,
    lines,
    data: { packages: cpu.packages.slice(0, 20), functions: cpu.functions.slice(0, 40), windows: n },
  };
}

/**
 * @param {Browser} browser
 * @param {StaticServer} server
 * @param {BenchArea[]} areas
 * @param {Resolver} resolver
 * @returns {Promise<Finding>}
 */
async function profileFilters(browser, server, areas, resolver) {
  const { profiles } = await profileInteractions(browser, server, areas, 'filter');
  const cpu = aggregateCpu(profiles, resolver);
  const n = profiles.length;
  return {
    budget: 'filter',
    summary: `per toggle, main-thread time goes mostly to ${cpu.packages
      .filter((p) => p.key !== '(idle)')
      .slice(0, 3)
      .map((p) => `${p.key} ${ms(p.ms / n)}`)
      .join(', ')}`,
    lines: [
      'top functions, per toggle:',
      ...top(
        cpu.functions.filter((f) => f.key !== '(idle)'),
        14,
        (v) => `  ${(v / n).toFixed(1).padStart(6)} ms`,
      ),
    ],
    data: { packages: cpu.packages.slice(0, 20), functions: cpu.functions.slice(0, 40) },
  };
}

/**
 * @param {Browser} browser
 * @param {StaticServer} server
 * @param {BenchArea[]} areas
 * @param {Resolver} resolver
 * @param {number} actions
 * @returns {Promise<Finding>}
 */
async function profileHeap(browser, server, areas, resolver, actions) {
  const { context, page, cdp } = await loadedApp(browser, server);
  const afterLoad = await heapUsed(cdp);
  // Every object allocated after this point and still alive is sampled (about one per 16 KB).
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16384 });
  // (typed by a cast: set inside the callback below, which the checker does not follow)
  let warm = /** @type {ReturnType<typeof aggregateHeap> | null} */ (null);
  let warmUsed = 0;
  const warmAfter = WARM_AFTER;
  await runActions(page, areas, actions, [warmAfter], async () => {
    warmUsed = await heapUsed(cdp);
    warm = aggregateHeap((await cdp.send('HeapProfiler.getSamplingProfile')).profile, resolver);
  });
  const after = await heapUsed(cdp);
  const end = aggregateHeap((await cdp.send('HeapProfiler.stopSampling')).profile, resolver);
  await context.close();
  /**
   * @param {Map<string, number>} m
   * @param {Map<string, number> | undefined} base
   */
  const rows = (m, base) =>
    [...m]
      .map(([key, bytes]) => ({ key, bytes, grew: bytes - (base?.get(key) ?? 0) }))
      .sort((a, b) => b.bytes - a.bytes);
  const byFn = rows(end.byLabel, warm?.byLabel);
  const byPkg = rows(end.byPkg, warm?.byPkg);
  const grown = byFn.slice().sort((a, b) => b.grew - a.grew);
  return {
    budget: 'heap',
    summary:
      `heap ${kb(afterLoad)} after load → ${kb(warmUsed)} after ${warmAfter} actions → ${kb(after)} after ${actions}; ` +
      `of the live objects allocated since load, by package: ${byPkg
        .slice(0, 4)
        .map((p) => `${p.key} ${kb(p.bytes)}`)
        .join(', ')}`,
    lines: [
      `live objects allocated since load (sampling heap profiler, after GC), by allocating function:`,
      ...byFn
        .slice(0, 8)
        .flatMap((r) => [
          `  ${kb(r.bytes).padStart(7)}  ${r.key}`,
          `           called from ${end.chainOf.get(r.key)?.chain || '— (an event or message handler)'}`,
        ]),
      `growth between action ${warmAfter} and action ${actions}, by allocating function (and its callers):`,
      ...grown
        .slice(0, 10)
        .flatMap((r) => [
          `  ${kb(r.grew).padStart(7)}  ${r.key}`,
          `           called from ${end.chainOf.get(r.key)?.chain || '— (an event or message handler)'}`,
        ]),
    ],
    data: {
      afterLoad,
      warm: warmUsed,
      after,
      packages: byPkg.slice(0, 20),
      functions: byFn.slice(0, 40),
      grown: grown.slice(0, 40),
    },
  };
}

/**
 * @param {Pick<import('./results.mjs').BenchResults, 'modules'>} results
 * @returns {Finding}
 */
function bytesFindings(results) {
  const extra = results.modules.extra;
  return {
    budget: 'bytes',
    summary: `the app's JS carries ${kb(extra.gzip)} gzip that the floor does not`,
    lines: extra.packages.slice(0, 10).map((p) => `  ${kb(p.gzip).padStart(7)}  ${p.pkg}`),
    data: extra,
  };
}

/**
 * @param {Browser} browser
 * @param {object} what
 * @param {BenchArea[]} what.areas
 * @param {Omit<import('./results.mjs').BenchResults, 'profiles'>} what.results
 * @param {import('./budgets.mjs').Budget[]} what.missed
 * @param {number} what.heapActions
 */
export async function profileMisses(browser, { areas, results, missed, heapActions }) {
  const app = await serveStatic(OUT.app);
  const floor = await serveStatic(OUT.floor);
  const resolver = new Resolver({ [app.url]: OUT.app, [floor.url]: OUT.floor });
  const { width, height } = results.load.canvas;
  /** @type {Record<PageKind, string>} */
  const urls = { app: app.url, floor: `${floor.url}floor.html?w=${width}&h=${height}` };
  /** @type {Finding[]} */
  const out = [];
  try {
    for (const b of missed) {
      if (b.id === 'load') out.push(await profileLoad(browser, urls, resolver));
      else if (b.id === 'click') out.push(await profileClicks(browser, app, areas, resolver, results.clicks));
      else if (b.id === 'filter') out.push(await profileFilters(browser, app, areas, resolver));
      else if (b.id === 'heap') out.push(await profileHeap(browser, app, areas, resolver, heapActions));
      else if (b.id === 'bytes') out.push(bytesFindings(results));
    }
  } finally {
    await app.close();
    await floor.close();
  }
  return out;
}
