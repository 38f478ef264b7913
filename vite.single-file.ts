// What turns the single-file build's page into one file that opens by double-click: its name, the
// order of its parts (the app's code first, compiled off the main thread while the parser reads the
// blocks after it), and a Content-Security-Policy that still holds once the scripts are inline.
// vite-plugin-singlefile puts the bundle inside the page, which `script-src 'self'` would block; the
// policy names the one inline script by its SHA-256 instead, and allows blob: for the app's code.
import { createHash } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'new-areas-atlas.html';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Whether a <script>'s attributes make it run: no type, a JavaScript type or a module (not the
 * inert blocks of src/embedded/blocks.ts). */
const runs = (attrs: string) => {
  const type = /\btype="([^"]*)"/.exec(attrs)?.[1] ?? '';
  return type === '' || type === 'module' || /javascript/i.test(type);
};

/**
 * The page's CSP: script-src names each inline script's hash, and blob: for the app's code (see
 * BOOT; only the page's own code can make a blob: URL); workers and fonts may come from blob: too.
 */
export function singleFileCsp(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => runs(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return html.replace(
    /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/,
    (_m, head, policy) => {
      const next = String(policy)
        .replace(/script-src [^;]*/, `script-src ${[...hashes, 'blob:'].join(' ')}`)
        .replace(/worker-src [^;]*/, "worker-src 'self' blob: data:")
        .replace(/font-src [^;]*/, "font-src 'self' data: blob:");
      return `${head}${next}"`;
    },
  );
}

/** The id of the block that carries the app's code in the single file. */
export const APP_BLOCK_ID = 'atlas-app';

/**
 * The few bytes that start the app: its code, read from its block and imported from a blob: URL. A
 * classic script, it runs as soon as the parser reaches it; the bundle is then compiled on a
 * background thread (script streaming) while the parser reads the blocks after it, as a served
 * script is while its page loads. Inline, it was compiled on the main thread before anything ran;
 * from an async module, only once the whole page was parsed; packed (gzip), it waited for its
 * unpacking between the parser's tasks: each cost the first picture 30–60 ms. Code that cannot be
 * imported (refused, or broken) says so in the page rather than leaving it blank.
 */
export const BOOT = `import(URL.createObjectURL(new Blob([document.getElementById('${APP_BLOCK_ID}').textContent], { type: 'text/javascript' }))).catch((e) => { document.getElementById('root').textContent = 'New Areas Atlas could not start: ' + e; });`;

/**
 * Turns the app's inline module script into an inert block and the script that imports it (BOOT),
 * both just before the first of the page's blocks (the first picture's font). The code is unchanged,
 * so the build must have escaped whatever would end a <script> element (checked here). Code that
 * reads a block waits until the parser is past it (src/embedded/dom-ready.ts).
 */
export function runEarly(html: string): string {
  const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  const block = /<script type="text\/plain"[^>]*>/.exec(html);
  if (!script || !block) throw new Error('single-file build: no module script or no block');
  // The block must end where the script did: a `</script` or `<!--` that the build left in the code
  // would end it early or change how the parser reads the rest.
  if (/<\/script[\s/>]|<!--/i.test(script[1] ?? '')) {
    throw new Error('single-file build: the app’s code holds </script or <!-- and cannot travel as a block');
  }
  const early = `<script type="text/plain" id="${APP_BLOCK_ID}">${script[1] ?? ''}</script><script>${BOOT}</script>`;
  const without = html.replace(script[0], () => '');
  const at = without.indexOf(block[0]);
  return `${without.slice(0, at)}${early}${without.slice(at)}`;
}

export function singleFilePage(outDir: string): Plugin {
  let failed = false;
  return {
    name: 'new-areas-atlas:single-file-page',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile has moved the scripts into the page.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('single-file build: no index.html in the bundle');
        page.source = singleFileCsp(runEarly(String(page.source)));
      },
    },
    buildEnd(error) {
      failed ||= Boolean(error);
    },
    renderError() {
      failed = true;
    },
    async closeBundle() {
      // A failed build wrote no page: its own error is the one to report, not a missing file.
      if (failed) return;
      await rename(join(outDir, 'index.html'), join(outDir, SINGLE_FILE_NAME));
    },
  };
}
