// The single file's fonts travel as blocks (src/embedded/blocks.ts), not as data: URLs in the app's
// script: there, 200 KB of base64 was read by the parser before the app could start and scanned by
// V8 before it ran. Each `*.woff2?url` import gives the block's name instead of a URL, which
// faces.ts turns into a blob: URL once the parser is past the block. Build time, single file only.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { blockTag } from '../embedded/blocks';
import { blockRef } from '../embedded/read-block';

const FONT_URL = /([^/]+)\.woff2\?url$/;
const RESOLVED = '\0embedded-font:';

/**
 * The tiny subsets stay data: URLs, as the served build has them (Vite inlines files under 4 KB):
 * the browser reads a data: URL font at once, and a blob: URL only in a task of its own, which a
 * busy first second delays.
 */
const inBlock = (path: string) => statSync(path).size >= 4096;

/** The block that carries a font file (by its file name). */
export const fontBlockId = (file: string) => `atlas-font-${basename(file, '.woff2')}`;

export function embeddedFontsPlugin(): Plugin {
  let fontsDir = resolve('src/fonts');
  return {
    name: 'new-areas-atlas:embedded-fonts',
    enforce: 'pre',
    configResolved(config) {
      fontsDir = resolve(config.root, 'src/fonts');
    },
    resolveId(id) {
      const m = FONT_URL.exec(id);
      return m && inBlock(resolve(fontsDir, `${m[1]}.woff2`)) ? `${RESOLVED}${m[1]}.woff2` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      return `export default ${JSON.stringify(blockRef(fontBlockId(id.slice(RESOLVED.length))))};`;
    },
    transformIndexHtml() {
      // The manifest's order: its first file holds every label's letters, which the first picture needs.
      const manifest = JSON.parse(readFileSync(resolve(fontsDir, 'fonts.generated.json'), 'utf8')) as {
        files: { file: string }[];
      };
      return manifest.files
        .map((f) => resolve(fontsDir, f.file))
        .filter(inBlock)
        .map((path) => blockTag(fontBlockId(path), readFileSync(path), 'base64'));
    },
  };
}
