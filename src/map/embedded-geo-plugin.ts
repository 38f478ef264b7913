// The single-file build (`npm run build:file`) has no folder to fetch geo/ from, and no file beside
// the page for MapLibre's worker. Both travel in the page as inert blocks (<script type="text/plain">
// and the like, which the browser neither runs nor compiles) rather than as strings in the app's
// script: V8 scans every character of a script before it runs, and 2 MB of strings there cost the
// first picture about 150 ms. The first picture's light file is text, read at once; the rest is gzip
// in base64 (src/embedded/blocks.ts): 3.2 MB of detailed GeoJSON in 1.1 MB, so the file stays within
// its 4 MB budget.
//
// `virtual:embedded-geo` tells geo-data.ts which block holds which file; in the normal build it is
// null, and the files are fetched as before. The worker's `?url` import becomes a blob: URL of the
// block's text (a worker from a data: URL would run in an opaque origin of its own). MapLibre's own
// code travels the same way: in the app's script it was compiled, all 1.1 MB of it, before the app
// could start (one script: the single file inlines every dynamic import); from its block it is
// compiled only when the map imports it, after the first picture, as the served app does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { BLOCK_READER, blockTag, type Packing } from '../embedded/blocks';
import { GEO_DIR, LIGHT_BUNDLE, ZOOMED_FILES } from './geo-files';
import { lightBundle } from './light-geo-plugin';

const VIRTUAL_ID = 'virtual:embedded-geo';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const WORKER_IMPORT = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const RESOLVED_WORKER = '\0embedded-maplibre-worker';
const WORKER_BLOCK = 'atlas-maplibre-worker';
const LIBRARY = 'maplibre-gl';
const RESOLVED_LIBRARY = '\0embedded-maplibre';
const LIBRARY_BLOCK = 'atlas-maplibre';

/**
 * Where a file travels in the page: the id of its block. The app's script may run before the block
 * is parsed: read-block.ts waits for it.
 */
export type EmbeddedFile = { id: string };

type Block = EmbeddedFile & { file: string; bytes: () => string | Buffer; packing: Packing };

/** Each file the page asks geo-data.ts for, as the block that carries it: the first picture's
 * first. */
export function embeddedBlocks(publicDir: string): Block[] {
  // As text, read at once: gzip would be unpacked in steps between the app's first tasks.
  const light: Block = {
    file: LIGHT_BUNDLE,
    id: 'atlas-geo-light',
    bytes: () => lightBundle(publicDir),
    packing: 'text',
  };
  const detail = Object.values(ZOOMED_FILES).map(
    (file, i): Block => ({
      file,
      id: `atlas-geo-detail-${i}`,
      bytes: () => readFileSync(resolve(publicDir, GEO_DIR, file)),
      packing: 'gzip',
    }),
  );
  return [light, ...detail];
}

/**
 * MapLibre's files as published: its ES module (minified, one file, no imports, without its source
 * map comment) and its worker. Read once a build: the stand-in module and the page both need them.
 */
function mapLibreFiles(root: string): { library: string; worker: Buffer } {
  const require = createRequire(resolve(root, 'package.json'));
  const read = (file: string) => readFileSync(require.resolve(`maplibre-gl/dist/${file}`));
  return {
    library: read('maplibre-gl.mjs')
      .toString('utf8')
      .replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n'),
    worker: read('maplibre-gl-worker.mjs'),
  };
}

/** The names an ES module's closing `export{a as B,…}` gives, which the stand-in re-exports. */
export function exportedNames(code: string): string[] {
  const list = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code.replace(/\n\/\/[^\n]*\s*$/, '\n'))?.[1];
  if (!list) throw new Error('single-file build: MapLibre no longer ends with one export list');
  return list
    .split(',')
    .map(
      (e) =>
        e
          .trim()
          .split(/\s+as\s+/)
          .at(-1) ?? '',
    )
    .filter((n) => n !== '' && n !== 'default');
}

export function embeddedGeoPlugin(embed: boolean): Plugin {
  let publicDir = 'public';
  let root = process.cwd();
  let files: ReturnType<typeof mapLibreFiles> | null = null;
  const mapLibre = () => {
    files ??= mapLibreFiles(root);
    return files;
  };
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
      if (!embed) return null;
      if (id === WORKER_IMPORT) return RESOLVED_WORKER;
      return id === LIBRARY ? RESOLVED_LIBRARY : null;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        if (!embed) return 'export default null;';
        const index = Object.fromEntries(embeddedBlocks(publicDir).map((b) => [b.file, { id: b.id }]));
        return `export default ${JSON.stringify(index)};`;
      }
      // Both are imported only by modules the app imports on demand (webgl-module.ts), after the
      // first picture, so the awaits hold nothing else up.
      if (id === RESOLVED_WORKER) {
        return `import { blockUrl } from ${JSON.stringify(resolve(root, BLOCK_READER))};
export default await blockUrl(${JSON.stringify(WORKER_BLOCK)}, 'text/javascript');`;
      }
      if (id === RESOLVED_LIBRARY) {
        const names = exportedNames(mapLibre().library);
        return `import { blockUrl } from ${JSON.stringify(resolve(root, BLOCK_READER))};
const m = await import(await blockUrl(${JSON.stringify(LIBRARY_BLOCK)}, 'text/javascript'));
export const { ${names.join(', ')} } = m;
export default m.default;`;
      }
      return null;
    },
    transformIndexHtml() {
      if (!embed) return [];
      const { library, worker } = mapLibre();
      return [
        ...embeddedBlocks(publicDir).map((b) => blockTag(b.id, b.bytes(), b.packing)),
        blockTag(LIBRARY_BLOCK, library),
        blockTag(WORKER_BLOCK, worker),
      ];
    },
  };
}
