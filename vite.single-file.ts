// What turns the single-file build's page into one file that opens by double-click: its name, and a
// Content-Security-Policy that still holds once the scripts are inline. vite-plugin-singlefile puts
// the bundle inside the page, which `script-src 'self'` would block; the policy names each inline
// script by its SHA-256 instead, so nothing else inline runs. MapLibre's worker arrives as a data:
// URL (its `?url` import inlined), hence `worker-src data:`.
import { createHash } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'new-areas-atlas.html';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Whether a <script>'s attributes make it run: no type, a JavaScript type or a module (not the
 * inert data blocks of embedded-geo-plugin.ts). */
const runs = (attrs: string) => {
  const type = /\btype="([^"]*)"/.exec(attrs)?.[1] ?? '';
  return type === '' || type === 'module' || /javascript/i.test(type);
};

/** The page's CSP with script-src naming each inline script's hash and workers from data:/blob:. */
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
        .replace(/script-src [^;]*/, `script-src ${hashes.join(' ')}`)
        .replace(/worker-src [^;]*/, "worker-src 'self' blob: data:");
      return `${head}${next}"`;
    },
  );
}

/**
 * Moves the app's module script from the head to just after the block that holds the first picture's
 * GeoJSON, marked `async`: an inline module script runs only once the whole page is parsed unless it
 * is async, and the 2 MB of blocks after it (the detailed outlines, MapLibre's worker) need not hold
 * the first picture up. Code that reads those blocks waits for the page to be parsed (dom-ready.ts).
 */
export function runEarly(html: string, afterBlockId: string): string {
  const script = /<script type="module"[^>]*>[\s\S]*?<\/script>/.exec(html)?.[0];
  const block = new RegExp(`<script[^>]*id="${afterBlockId}"[^>]*>[\\s\\S]*?</script>`).exec(html);
  if (!script || !block) throw new Error(`single-file build: no module script or no #${afterBlockId} block`);
  const early = script.replace(/^<script type="module"[^>]*>/, '<script type="module" async>');
  const without = html.replace(script, () => '');
  const at = without.indexOf(block[0]) + block[0].length;
  return `${without.slice(0, at)}${early}${without.slice(at)}`;
}

export function singleFilePage(outDir: string, firstBlockId: string): Plugin {
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
    async closeBundle() {
      await rename(join(outDir, 'index.html'), join(outDir, SINGLE_FILE_NAME));
    },
  };
}
