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

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** The page's CSP with script-src naming each inline script's hash and workers from data:/blob:. */
export function singleFileCsp(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1] ?? '')
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

export function singleFilePage(outDir: string): Plugin {
  return {
    name: 'new-areas-atlas:single-file-page',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile has moved the scripts into the page.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') this.error('single-file build: no index.html in the bundle');
        page.source = singleFileCsp(String(page.source));
      },
    },
    async closeBundle() {
      await rename(join(outDir, 'index.html'), join(outDir, SINGLE_FILE_NAME));
    },
  };
}
