// What every bench result carries about its run: when, which commit, which browser, the options, and
// how each figure is measured.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('./args.mjs').BenchOptions} options
 * @returns {import('./results.mjs').Meta}
 */
export function benchMeta(browser, options) {
  return {
    date: new Date().toISOString(),
    commit: gitDescribe(),
    chromium: `Chromium ${browser.version()}`,
    cpus: cpus().length,
    options,
    method: {
      load: 'page clock (performance.now, 0 = navigation start) when the map region first has aria-busy="false" with its final renderer: MapLibre’s first idle once it is on screen (the floor: MapLibre’s first idle; without WebGL: the 2D map’s)',
      firstPicture:
        'page clock when the app’s map region first carries data-renderer (set in the frame its first complete picture is drawn), as a ratio to the floor’s load → idle in the same pair (without WebGL: to the median of the floor’s)',
      singleFile:
        'the single file (npm run build:file) opened from file:// and the served app, cold loads alternated pair by pair: page clock at the first data-renderer of each, and their ratio',
      gesture:
        'a 2 s drag then wheel gesture on the map, an input event every 4 ms made in the page: new map pictures a second (a pixel strip read each animation frame), and the frame rate (1000 / median frame interval)',
      click:
        'trusted click event.timeStamp → first requestAnimationFrame after aside.details[data-area] is in the DOM; "painted" adds the task after that frame',
      filter:
        'trusted click event.timeStamp → aria-busy true then false (repaint done, idle); if not busy within 3 frames and 50 ms: first frame after the click ("no-repaint")',
      heap: 'CDP Runtime.getHeapUsage().usedSize after two HeapProfiler.collectGarbage, main thread only',
      bytes: 'files the server was asked for up to first idle, sized as served (gzip -9 for text, raw woff2)',
      soak: 'one page: a fixed warm-up (every area in both languages, the presentation, every tab, mode and filter), then N seeded random actions (list and map selections, filters, colour mode, language, tabs, legend, details, presentation steps, map keys); after the warm-up and every 100 actions: the URL’s area and language against the details panel and the page, then the app brought back to one state (nothing selected, filtered or presented, English, every year, the same panels, a fixed tour of the map that leaves MapLibre’s tile caches holding the same tiles, the national view) and the heap as above, DOM nodes and listeners counted after its GC',
    },
  };
}

function gitDescribe() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'public', 'index.html'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return 'unknown commit';
  }
}
