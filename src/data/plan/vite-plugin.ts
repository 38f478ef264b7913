// Parses the seed at build time and serves it as `virtual:plan`, so the app never carries a
// hand-copied measure and a damaged seed fails `vite build` (and vitest) with the parser's message.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SEED_PATH } from './metadata';
import { parsePlan } from './parse';

const VIRTUAL_ID = 'virtual:plan';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function planPlugin(seedPath: string = SEED_PATH): Plugin {
  let root = process.cwd();
  return {
    name: 'new-areas-atlas:plan',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const file = resolve(root, seedPath);
      this.addWatchFile(file);
      try {
        const plan = parsePlan(readFileSync(file, 'utf8'), { source: seedPath });
        return `export default ${JSON.stringify(plan)};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
