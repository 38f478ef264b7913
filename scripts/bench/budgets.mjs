// The performance budgets, checked by the bench's exit code (not by unit tests: they need a browser and
// a quiet machine). Each check says what was measured against what limit.
export const BUDGETS = {
  loadRatio: 1.15,
  firstPictureRatio: 0.3,
  singleFileRatio: 1,
  gestureFps: 30,
  clickP95Ms: 100,
  filterP95Ms: 150,
  bytesOverFloor: 150 * 1024,
  heapGrowth: 0.1,
  soakHeapGrowth: 0.1,
};

/**
 * @typedef {object} Budget
 * @property {string} id
 * @property {string} what
 * @property {number | null} value
 * @property {number} limit
 * @property {string} unit
 * @property {boolean} [atLeast]  the value must reach the limit (a floor), not stay under it
 * @property {boolean} pass
 */

/**
 * @param {Omit<import('./results.mjs').BenchResults, 'budgets' | 'profiles'>} r
 * @returns {Budget[]}
 */
export function checkBudgets(r) {
  const floorBytes = r.bytes.floor.total;
  return loadBudgets(r).concat(
    [
      {
        id: 'click',
        what: 'click → selection painted, p95 (list and map clicks)',
        value: r.clicks.all.p95,
        limit: BUDGETS.clickP95Ms,
        unit: 'ms',
      },
      {
        id: 'no-webgl-first',
        what: 'no WebGL: first complete map picture, median / the floor’s median load → idle',
        value: r.noWebgl.firstRatio.median,
        limit: BUDGETS.firstPictureRatio,
        unit: '×',
      },
      {
        id: 'no-webgl-click',
        what: 'no WebGL: click → selection painted, p95 (list and map clicks)',
        value: r.noWebgl.clicks.p95,
        limit: BUDGETS.clickP95Ms,
        unit: 'ms',
      },
      {
        id: 'no-webgl-gesture',
        what: 'no WebGL: a 2 s pan/zoom gesture, new pictures a second, median of the runs (at least)',
        value: r.noWebgl.gestureFps.median,
        limit: BUDGETS.gestureFps,
        unit: 'fps',
        atLeast: true,
      },
      {
        id: 'filter',
        what: 'filter toggle → map idle, p95',
        value: r.filters.all.p95,
        limit: BUDGETS.filterP95Ms,
        unit: 'ms',
      },
      {
        id: 'bytes',
        what: `first-screen bytes (gzip) ≤ floor ${kb(floorBytes)} + ${kb(BUDGETS.bytesOverFloor)}`,
        value: r.bytes.app.total,
        limit: floorBytes + BUDGETS.bytesOverFloor,
        unit: 'B',
      },
      {
        id: 'heap',
        what: `JS heap growth over ${r.heap.actions} select/filter actions, after a warm-up of ${r.heap.warmAfter}`,
        value: r.heap.growthSinceWarm,
        limit: BUDGETS.heapGrowth,
        unit: '%',
      },
    ]
      .map(judged)
      .concat(r.soak ? soakBudgets(r.soak) : []),
  );
}

/**
 * The cold-load budgets (medians of pair ratios): the first picture and MapLibre's idle against the
 * floor, the single file against the served app.
 * @param {{ load: import('./results.mjs').LoadFigures, singleFile: import('./results.mjs').SingleFileFigures }} r
 * @returns {Budget[]}
 */
export function loadBudgets({ load, singleFile }) {
  return [
    {
      id: 'first',
      what: 'first complete map picture (2D), median of app first / floor idle pair ratios',
      value: load.firstRatio.median,
      limit: BUDGETS.firstPictureRatio,
      unit: '×',
    },
    {
      id: 'load',
      what: 'WebGL load → idle (MapLibre on screen), median of app/floor pair ratios',
      value: load.ratio.median,
      limit: BUDGETS.loadRatio,
      unit: '×',
    },
    {
      id: 'single-file-first',
      what: 'single file from file://: first complete map picture, median of file / served pair ratios',
      value: singleFile.ratio.median,
      limit: BUDGETS.singleFileRatio,
      unit: '×',
    },
  ].map(judged);
}

/**
 * The soak's budgets: page errors, the URL against the details panel, the heap at the same view.
 * @param {import('./soak.mjs').SoakFigures} soak
 * @returns {Budget[]}
 */
export function soakBudgets(soak) {
  return [
    {
      id: 'soak-errors',
      what: `soak: page errors over ${soak.actions} random actions (seed ${soak.seed})`,
      value: soak.errors.length,
      limit: 0,
      unit: '',
    },
    {
      id: 'soak-agreement',
      what: `soak: check points where the URL and the details panel disagree (of ${soak.checks.length})`,
      value: soak.disagreements,
      limit: 0,
      unit: '',
    },
    {
      id: 'soak-heap',
      what: `soak: JS heap growth from the end of its warm-up to action ${soak.actions}, at the same state`,
      value: soak.growth,
      limit: BUDGETS.soakHeapGrowth,
      unit: '%',
    },
  ].map(judged);
}

/**
 * A budget with its verdict: a figure that could not be measured misses.
 * @param {Omit<Budget, 'pass'>} b
 * @returns {Budget}
 */
const judged = (b) => ({
  ...b,
  pass: b.value !== null && Number.isFinite(b.value) && (b.atLeast ? b.value >= b.limit : b.value <= b.limit),
});

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
