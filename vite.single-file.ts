// What turns the single-file build's page into one file that opens by double-click: its name, the
// order of its parts (the app's code first, compiled off the main thread while the parser reads the
// data blocks after it), and a Content-Security-Policy that still holds once the scripts are inline.
// vite-plugin-singlefile puts the bundle inside the page, which `script-src 'self'` would block; the
// policy names the one inline script by its SHA-256 instead, and allows blob: for the app's code.
import { createHash } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'new-areas-atlas.html';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Whether a <script>'s attributes make it run: no type, a JavaScript type or a module (not the
 * inert data blocks of embedded-geo-plugin.ts). */
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
 * The few bytes that start the app: its code, read from its block (gzip in base64), unpacked and
 * imported from a blob: URL. Compiled from a blob: URL, the bundle is parsed on a background thread
 * as a served script is (script streaming); inline, it was compiled on the main thread before
 * anything ran. Packed, the HTML parser, which must read the whole block before this runs, reads
 * 0.27 MB instead of 0.76 MB.
 */
export const BOOT = `const t = document.getElementById('${APP_BLOCK_ID}').textContent;
const b = Uint8Array.fromBase64 ? Uint8Array.fromBase64(t) : Uint8Array.from(atob(t), (c) => c.charCodeAt(0));
const s = new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'));
import(URL.createObjectURL(await new Response(s, { headers: { 'content-type': 'text/javascript' } }).blob()));`;

/**
 * Turns the app's inline module script into an inert block and a small async module that imports it
 * (BOOT), both just before the block of the first picture's GeoJSON: an inline module script runs
 * only once the whole page is parsed unless it is async, and its code is compiled on a background
 * thread while the parser reads the 4 MB of blocks after it. Code that reads a block waits until the
 * parser is past it (dom-ready.ts).
 */
export function runEarly(html: string, beforeBlockId: string): string {
  const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  const block = new RegExp(`<script[^>]*id="${beforeBlockId}"[^>]*>`).exec(html);
  if (!script || !block) throw new Error(`single-file build: no module script or no #${beforeBlockId} block`);
  const packed = gzipSync(script[1] ?? '', { level: 9 }).toString('base64');
  const early = `<script type="text/plain" id="${APP_BLOCK_ID}">${packed}</script><script type="module" async>${BOOT}</script>`;
  const without = html.replace(script[0], () => '');
  const at = without.indexOf(block[0]);
  return `${without.slice(0, at)}${early}${without.slice(at)}`;
}

export function singleFilePage(outDir: string, firstBlockId: string): Plugin {
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
        page.source = singleFileCsp(runEarly(String(page.source), firstBlockId));
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
