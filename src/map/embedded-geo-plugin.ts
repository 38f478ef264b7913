// The single-file build (`npm run build:file`) has no folder to fetch geo/ from, and no file beside
// the page for MapLibre's worker. Both travel in the page as inert blocks (<script type="text/plain">
// and the like, which the browser neither runs nor compiles) rather than as strings in the app's
// script: V8 scans every character of a script before it runs, and 2 MB of strings there cost the
// first picture about 150 ms. The light file, which the first picture waits for, is plain JSON; the
// detailed ones, read only when the map zooms in, are gzip in base64 (3.2 MB of GeoJSON in 1.1 MB),
// so the file stays within its 4 MB budget.
//
// `virtual:embedded-geo` tells geo-data.ts which block holds which file; in the normal build it is
// null, and the files are fetched as before. The worker's `?url` import becomes a blob: URL of the
// block's text (a worker from a data: URL would run in an opaque origin of its own).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { GEO_DIR, LIGHT_BUNDLE, ZOOMED_FILES } from './geo-files';
import { lightBundle } from './light-geo-plugin';

const VIRTUAL_ID = 'virtual:embedded-geo';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const WORKER_IMPORT = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const RESOLVED_WORKER = '\0embedded-maplibre-worker';
const WORKER_BLOCK = 'atlas-maplibre-worker';

/**
 * Where a file travels in the page: the id of its block, whether it is gzip in base64, and whether
 * the block comes before the app's script (so it is whole when the script runs; the others may still
 * be being parsed).
 */
export type EmbeddedFile = { id: string; gzip: boolean; first: boolean };

/** The block of the first picture's GeoJSON, which the app's script follows (vite.single-file.ts). */
export const FIRST_BLOCK_ID = 'atlas-geo-light';

type Block = EmbeddedFile & { file: string; text: string };

/** Each file the page asks geo-data.ts for, as the block that carries it. */
export function embeddedBlocks(publicDir: string): Block[] {
  const light: Block = {
    file: LIGHT_BUNDLE,
    id: FIRST_BLOCK_ID,
    gzip: false,
    first: true,
    text: lightBundle(publicDir),
  };
  const detail = Object.values(ZOOMED_FILES).map(
    (file, i): Block => ({
      file,
      id: `atlas-geo-detail-${i}`,
      gzip: true,
      first: false,
      text: gzipSync(readFileSync(resolve(publicDir, GEO_DIR, file)), { level: 9 }).toString('base64'),
    }),
  );
  return [light, ...detail];
}

/** A block's text must not end it early: no `</script` and no `<!--` inside. */
function inert(text: string, what: string): string {
  // In JavaScript `<\/script` means the same as `</script` (in strings, templates and regexes alike).
  const safe = text.replace(/<\/script/gi, '<\\/script');
  if (safe.includes('<!--')) throw new Error(`${what} holds "<!--", which would break the page`);
  return safe;
}

export function embeddedGeoPlugin(embed: boolean): Plugin {
  let publicDir = 'public';
  let root = process.cwd();
  return {
    name: 'new-areas-atlas:embedded-geo',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      // The single-file build copies nothing from public/ (publicDir: false), so read it by name.
      publicDir = config.publicDir || resolve(config.root, 'public');
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return embed && id === WORKER_IMPORT ? RESOLVED_WORKER : null;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        if (!embed) return 'export default null;';
        const index = Object.fromEntries(
          embeddedBlocks(publicDir).map((b) => [b.file, { id: b.id, gzip: b.gzip, first: b.first }]),
        );
        return `export default ${JSON.stringify(index)};`;
      }
      if (id === RESOLVED_WORKER) {
        return `const text = document.getElementById(${JSON.stringify(WORKER_BLOCK)})?.textContent ?? '';
export default URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));`;
      }
      return null;
    },
    transformIndexHtml() {
      if (!embed) return [];
      const require = createRequire(resolve(root, 'package.json'));
      const worker = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8');
      const block = (id: string, type: string, text: string): HtmlTagDescriptor => ({
        tag: 'script',
        attrs: { type, id },
        children: inert(text, id),
        injectTo: 'body',
      });
      return [
        ...embeddedBlocks(publicDir).map((b) =>
          block(b.id, b.gzip ? 'text/plain' : 'application/json', b.text),
        ),
        block(WORKER_BLOCK, 'text/plain', worker),
      ];
    },
  };
}
