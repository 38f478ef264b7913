// The single-file build (`npm run build:file`) has no folder to fetch geo/ from: it serves
// `virtual:embedded-geo`, every file the map draws, gzipped and in base64 inside the page's script
// (the detailed outlines shrink about fourfold, so the file stays within its 4 MB budget). The normal
// build serves an empty module, so the app there fetches the files as before and carries no copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { DETAIL_FILES, GEO_DIR, LIGHT_BUNDLE } from './geo-files';
import { lightBundle } from './light-geo-plugin';

const VIRTUAL_ID = 'virtual:embedded-geo';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Each file the page asks geo-data.ts for, by name, as gzip in base64. */
export function embeddedFiles(publicDir: string): Record<string, string> {
  const texts: Record<string, string> = { [LIGHT_BUNDLE]: lightBundle(publicDir) };
  for (const file of Object.values(DETAIL_FILES)) {
    texts[file] = readFileSync(resolve(publicDir, GEO_DIR, file), 'utf8');
  }
  return Object.fromEntries(
    Object.entries(texts).map(([file, text]) => [file, gzipSync(text, { level: 9 }).toString('base64')]),
  );
}

export function embeddedGeoPlugin(embed: boolean): Plugin {
  let publicDir = 'public';
  return {
    name: 'new-areas-atlas:embedded-geo',
    enforce: 'pre',
    configResolved(config) {
      // The single-file build copies nothing from public/ (publicDir: false), so read it by name.
      publicDir = config.publicDir || resolve(config.root, 'public');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export default ${embed ? JSON.stringify(embeddedFiles(publicDir)) : 'null'};`;
    },
  };
}
