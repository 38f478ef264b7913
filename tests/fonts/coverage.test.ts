// @vitest-environment node
// The self-hosted font is a subset: every character the app can show must be in it, or Chinese
// text falls back to whatever the machine has (often nothing). Fix: `npm run fonts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectText, fontChars } from '../../scripts/fonts/collect-text.mjs';
import { drawnBy } from '../../scripts/fonts/outlines.mjs';
import manifest from '../../src/fonts/fonts.generated.json';

describe('the font subset', () => {
  it('holds every character in the sources and map data (run `npm run fonts` if this fails)', () => {
    const inFont = new Set([...manifest.files.flatMap((f) => [...f.chars]), ...manifest.missing]);
    const needed = fontChars(collectText('.'));
    const absent = needed.filter((c) => !inFont.has(c));
    expect(absent.join('')).toBe('');
  });

  it('covers Chinese: the area names are in the main file', () => {
    const main = manifest.files[0]?.chars ?? '';
    for (const c of '浦东新区雄安滨海两江舟山群岛兰州南沙西咸贵安金普天府湘江北福州滇中哈尔滨长春赣')
      expect(main).toContain(c);
  });

  it('draws every character each file claims (an empty subset fails to decode in the browser)', async () => {
    const blank: string[] = [];
    for (const f of manifest.files) {
      const drawn = await drawnBy(readFileSync(`src/fonts/${f.file}`));
      for (const c of f.chars) if (!drawn(c)) blank.push(`${f.file} ${c}`);
    }
    expect(blank).toEqual([]);
  });
});
