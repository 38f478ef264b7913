// The folders of src/ stand on the ones below them and never on the ones above, type imports
// included, so there is no circle and a newcomer can tell which folder stands on which. Adding an
// import that goes up the list fails here, naming the file and the import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Bottom to top. App.tsx and main.tsx stand on all of them. */
const LAYERS = ['embedded', 'fonts', 'i18n', 'data', 'colour', 'store', 'map', 'panels', 'briefing'] as const;

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports (type-only too), dynamic imports. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) out.push(m[1]);
  return out;
}

/** The top folder of src/ a file (or a folder's index) lies in, or '' for the files at the top. */
const folderOf = (path: string) => {
  const [first = '', ...rest] = relative(SRC, path).split('/');
  const isFolder = rest.length > 0 || LAYERS.includes(first as (typeof LAYERS)[number]);
  return isFolder ? first : '';
};

function edges(): { from: string; to: string; file: string; spec: string }[] {
  const out = [];
  for (const file of files(SRC)) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) out.push({ from, to, file: relative('.', file), spec });
    }
  }
  return out;
}

describe('the layers of src/', () => {
  it('knows every folder', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect([...folders].sort()).toEqual([...LAYERS].sort());
  });

  it('imports only downwards, type imports included', () => {
    const rank = (f: string) => (f === '' ? LAYERS.length : LAYERS.indexOf(f as (typeof LAYERS)[number]));
    const upward = edges()
      .filter((e) => rank(e.to) >= rank(e.from))
      .map((e) => `${e.file}: ${e.from} imports ${e.to} (${e.spec})`);
    expect(upward).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(
      importsOf("import type { A } from '../x';\nexport { b } from './y';\nconst m = import('../z');"),
    ).toEqual(['../x', './y', '../z']);
    expect(importsOf("import {\n  a,\n  b,\n} from '../data';\nimport './styles.css';")).toEqual([
      '../data',
      './styles.css',
    ]);
  });
});
