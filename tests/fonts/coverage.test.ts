// @vitest-environment node
// The self-hosted font is a subset: every character the app can show must be in it, or Chinese
// text falls back to whatever the machine has (often nothing). Fix: `npm run fonts`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsIn, collectText, fontChars, unicodeRanges } from '../../scripts/fonts/collect-text.mjs';
import { drawnBy } from '../../scripts/fonts/outlines.mjs';
import manifest from '../../src/fonts/fonts.generated.json';

// The manifest ships in the page, so it lists each file's unicode-range, not its characters too.
const charsOf = (f: { unicodeRange: string[] }) => charsIn(f.unicodeRange);

describe('the font subset', () => {
  it('reads a unicode-range back as the characters it was written from', () => {
    const chars = [...'A-BC浦东新区✕'].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
    expect(unicodeRanges(chars)).toEqual([
      'U+002D',
      'U+0041-0043',
      'U+2715',
      'U+4E1C',
      'U+533A',
      'U+65B0',
      'U+6D66',
    ]);
    expect(charsIn(unicodeRanges(chars))).toEqual(chars);
  });

  it('holds every character in the sources and map data (run `npm run fonts` if this fails)', () => {
    const inFont = new Set([...manifest.files.flatMap(charsOf), ...manifest.missing]);
    const needed = fontChars(collectText('.'));
    const absent = needed.filter((c) => !inFont.has(c));
    expect(absent.join('')).toBe('');
  });

  it('covers Chinese: the area names are in the main file', () => {
    const main = manifest.files[0] ? charsOf(manifest.files[0]).join('') : '';
    for (const c of '浦东新区雄安滨海两江舟山群岛兰州南沙西咸贵安金普天府湘江北福州滇中哈尔滨长春赣')
      expect(main).toContain(c);
  });

  it('draws every character each file claims (an empty subset fails to decode in the browser)', async () => {
    const blank: string[] = [];
    for (const f of manifest.files) {
      const drawn = await drawnBy(readFileSync(`src/fonts/${f.file}`));
      for (const c of charsOf(f)) if (!drawn(c)) blank.push(`${f.file} ${c}`);
    }
    expect(blank).toEqual([]);
  });
});
