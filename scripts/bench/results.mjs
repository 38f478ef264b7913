// What a bench run gathers, as written to bench-results/*.json: run.mjs builds it, budgets.mjs checks
// it, report.mjs prints it and profile.mjs reads the figures it explains.

/** @typedef {import('./stats.mjs').Summary} Summary */
/** @typedef {import('./modules.mjs').ModuleRow} ModuleRow */
/** @typedef {import('./modules.mjs').PackageRow} PackageRow */

/**
 * @typedef {object} BenchResults
 * @property {Meta} meta
 * @property {LoadFigures} load
 * @property {ClickFigures} clicks
 * @property {FilterFigures} filters
 * @property {import('./heap.mjs').HeapFigures} heap
 * @property {{ app: import('./bytes.mjs').ShippedBytes, floor: import('./bytes.mjs').ShippedBytes }} bytes
 * @property {string[]} errors  the pages' uncaught and console errors
 * @property {ModuleFigures} modules
 * @property {import('./budgets.mjs').Budget[]} budgets
 * @property {import('./profile.mjs').Finding[]} [profiles]  only for missed budgets, when profiling is on
 */

/**
 * @typedef {object} Meta
 * @property {string} date
 * @property {string} commit
 * @property {string} chromium
 * @property {number} cpus
 * @property {import('./args.mjs').BenchOptions} options
 * @property {Record<string, string>} method  how each figure is measured
 */

/**
 * Load → first map idle, page clock (ms); `canvas` is the app's map canvas, which the floor copies.
 * @typedef {object} LoadFigures
 * @property {Summary} app
 * @property {Summary} floor
 * @property {Summary} ratio  of each app/floor pair
 * @property {{ width: number, height: number }} canvas
 * @property {LoadPair[]} pairs
 */

/** @typedef {{ order: string, app: number, floor: number, ratio: number }} LoadPair */

/**
 * Click → selection painted (ms), over the clicks that worked: `ms` to the first frame, `painted*` to
 * after that frame's paint; per route and both.
 * @typedef {object} ClickFigures
 * @property {Summary} all
 * @property {Summary} list
 * @property {Summary} map
 * @property {Summary} painted
 * @property {Summary} paintedList
 * @property {Summary} paintedMap
 * @property {import('./interactions.mjs').ClickResult[]} failed
 * @property {import('./interactions.mjs').ClickResult[]} raw
 */

/**
 * @typedef {object} FilterFigures
 * @property {Summary} all
 * @property {Record<string, number>} methods  how many toggles ended by each detection method
 * @property {import('./interactions.mjs').FilterResult[]} raw
 */

/**
 * @typedef {object} ModuleFigures
 * @property {{ top: ModuleRow[] }} app
 * @property {{ top: ModuleRow[] }} floor
 * @property {PackageRow[]} appPackages
 * @property {PackageRow[]} floorPackages
 * @property {ReturnType<typeof import('./modules.mjs').extraOverFloor>} extra
 */

export {};
