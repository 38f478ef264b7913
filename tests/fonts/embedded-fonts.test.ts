// @vitest-environment node
// The single file's fonts: the two larger files travel as base64 blocks, named where the build gives
// a URL; the tiny subsets stay data: URLs (Vite inlines them), as the served build has them.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockRef } from '../../src/embedded/read-block';
import { embeddedFontsPlugin, fontBlockId } from '../../src/fonts/embedded-fonts-plugin';
import manifest from '../../src/fonts/fonts.generated.json';

type Hook = (...args: unknown[]) => unknown;
const plugin = embeddedFontsPlugin();
const call = (name: 'resolveId' | 'load' | 'transformIndexHtml', ...args: unknown[]) =>
  (plugin[name] as unknown as Hook).call({}, ...args);
const size = (file: string) => statSync(`src/fonts/${file}`).size;
const big = manifest.files.filter((f) => size(f.file) >= 4096).map((f) => f.file);

describe('the fonts in the single file', () => {
  it('carries the larger files in blocks and leaves the tiny ones to Vite', () => {
    expect(big).toEqual(['atlas-sans-0.woff2', 'atlas-sans-context.woff2']);
    for (const f of manifest.files) {
      const id = call('resolveId', `./${f.file}?url`);
      if (!big.includes(f.file)) expect(id, f.file).toBeNull();
      else expect(call('load', id)).toBe(`export default ${JSON.stringify(blockRef(fontBlockId(f.file)))};`);
    }
    expect(call('resolveId', './atlas-sans-0.woff2')).toBeNull(); // not the ?url import
  });

  it('writes each block as the font’s bytes in base64, the main subset first', () => {
    const tags = call('transformIndexHtml') as { attrs: Record<string, string>; children: string }[];
    expect(tags.map((t) => t.attrs.id)).toEqual(big.map(fontBlockId));
    for (const [i, t] of tags.entries()) {
      expect(t.attrs['data-packing']).toBe('base64');
      expect(Buffer.from(t.children, 'base64')).toEqual(readFileSync(`src/fonts/${big[i]}`));
    }
  });
});
