// The single file (`npm run build:file`) opened from file://, as from a USB stick, against the served
// app: cold loads, alternated pair by pair, each timed from navigation to the first complete map
// picture and to the map's first idle with MapLibre on screen. Its budget: the first picture no
// slower than the served app's (the median of the pairwise ratios at most 1).
import { pathToFileURL } from 'node:url';
import { alternatedLoads, measureLoad } from './load.mjs';
import { summary } from './stats.mjs';

/**
 * One pair's times (ms, page clock). `fileParsed`: the file's parser done; `*AppStart`: the app's
 * code started.
 * The file must parse its 3 MB on the main thread, which the served app leaves to the network: these
 * show how long that kept the app waiting.
 * @typedef {{ file: number, served: number, ratio: number, fileIdle: number, servedIdle: number,
 *   fileParsed: number, fileAppStart: number, servedAppStart: number }} FilePair
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {import('../lib/serve.mjs').StaticServer} app  the served app
 * @param {string} file  the single file's path
 * @param {{ runs: number, log: (s: string) => void }} opts
 */
export async function singleFileLoads(browser, app, file, { runs, log }) {
  const fileUrl = pathToFileURL(file).href;
  await (await measureLoad(browser, app, fileUrl)).context.close(); // warm-up: the OS file cache
  return alternatedLoads(
    browser,
    { file: { server: app, url: fileUrl }, served: { server: app, url: app.url } },
    {
      runs,
      /** @returns {FilePair} */
      pair: ({ file: f, served: s }, _order, i) => {
        log(
          `single file, run ${i + 1}/${runs}: first picture ${f.first.toFixed(0)} ms from file://, ${s.first.toFixed(0)} ms served (${(f.first / s.first).toFixed(3)}); app started ${f.appStart.toFixed(0)} / ${s.appStart.toFixed(0)} ms (file parsed at ${f.parsed.toFixed(0)}); MapLibre idle ${f.idle.toFixed(0)} / ${s.idle.toFixed(0)} ms`,
        );
        return {
          file: f.first,
          served: s.first,
          ratio: f.first / s.first,
          fileIdle: f.idle,
          servedIdle: s.idle,
          fileParsed: f.parsed,
          fileAppStart: f.appStart,
          servedAppStart: s.appStart,
        };
      },
    },
  );
}

/**
 * @param {FilePair[]} pairs
 * @returns {import('./results.mjs').SingleFileFigures}
 */
export function singleFileFigures(pairs) {
  return {
    file: summary(pairs.map((p) => p.file)),
    served: summary(pairs.map((p) => p.served)),
    ratio: summary(pairs.map((p) => p.ratio)),
    fileIdle: summary(pairs.map((p) => p.fileIdle)),
    fileParsed: summary(pairs.map((p) => p.fileParsed)),
    fileAppStart: summary(pairs.map((p) => p.fileAppStart)),
    servedAppStart: summary(pairs.map((p) => p.servedAppStart)),
    pairs,
  };
}
