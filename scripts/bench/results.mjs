// What a bench run gathers, as written to bench-results/*.json: run.mjs builds it, budgets.mjs checks
// it, report.mjs prints it and profile.mjs reads the figures it explains.

/** @typedef {import('./stats.mjs').Summary} Summary */
/** @typedef {import('./modules.mjs').ModuleRow} ModuleRow */
/** @typedef {import('./modules.mjs').PackageRow} PackageRow */

/**
 * @typedef {object} BenchResults
 * @property {Meta} meta
 * @property {LoadFigures} load
 * @property {NoWebglFigures} noWebgl
 * @property {SingleFileFigures} singleFile
 * @property {ClickFigures} clicks
 * @property {FilterFigures} filters
 * @property {import('./heap.mjs').HeapFigures} heap
 * @property {import('./soak.mjs').SoakFigures | null} soak  null when skipped (--soak 0)
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
 * Load → first map idle with the final renderer, page clock (ms), and the app's first picture;
 * `canvas` is the app's map, which the floor copies.
 * @typedef {object} LoadFigures
 * @property {Summary} app
 * @property {Summary} floor
 * @property {Summary} ratio  of each app/floor pair
 * @property {number} trimmedRatio  the pairs' ratios, mean without the extreme fifths
 * @property {Summary} first  the app's first picture
 * @property {Summary} firstRatio  first picture / the floor's idle, pair by pair
 * @property {{ width: number, height: number }} canvas
 * @property {LoadPair[]} pairs
 */

/** @typedef {{ order: string, app: number, floor: number, ratio: number, first: number, firstRatio: number }} LoadPair */

/** @typedef {{ first: number, idle: number }} FlatLoad */

/**
 * The app with WebGL switched off: the 2D map alone.
 * @typedef {object} NoWebglFigures
 * @property {Summary} first  the first picture, page clock (ms)
 * @property {Summary} firstRatio  to the median of the floor's load → idle
 * @property {Summary} idle
 * @property {Summary} clicks  click → selection painted (ms), list and map
 * @property {import('./interactions.mjs').ClickResult[]} clicksFailed
 * @property {Summary} gestureFps  new map pictures a second, over each gesture
 * @property {Summary} gestureFrameFps  the page's frame rate (1000 / median frame interval) in each
 * @property {FlatLoad[]} loads
 * @property {import('./gesture.mjs').GestureResult[]} gestures
 */

/**
 * The single file from file:// against the served app, cold loads alternated pair by pair: the first
 * picture (ms) of each, their ratio, and the file's MapLibre idle.
 * @typedef {object} SingleFileFigures
 * @property {Summary} file
 * @property {Summary} served
 * @property {Summary} ratio
 * @property {Summary} fileIdle
 * @property {Summary} fileParsed  the file's parser done
 * @property {Summary} fileAppStart  the app's code started, from file://
 * @property {Summary} servedAppStart  the same, served
 * @property {import('./single-file.mjs').FilePair[]} pairs
 */

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
