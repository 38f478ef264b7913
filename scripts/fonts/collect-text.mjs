// Which characters the app can show: every character in its sources and map data, plus the
// printable ASCII and Latin-1 ranges so any English text (and typed search input) is covered.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'public/geo', 'index.html'];
const EXT = /\.(tsx?|json|geojson|html|css)$/;
/** The map's context at city zoom (city, river and lake names): their characters go in a file of
 * their own, fetched only when a zoomed-in map first writes one, so the first screen's font is the
 * same with or without them. */
export const CONTEXT_SOURCES = ['public/geo/cities.geojson', 'public/geo/water.geojson'];

/**
 * @param {string} path
 * @param {string[]} out  the texts, appended in path order
 * @param {string[]} skip  paths not to read
 */
function walk(path, out, skip) {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st || skip.includes(path)) return;
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(join(path, name), out, skip);
  } else if (EXT.test(path) && !path.endsWith('fonts.generated.json')) {
    out.push(readFileSync(path, 'utf8'));
  }
}

/**
 * @param {string} root  the repository
 * @param {{ only?: 'app' | 'context' }} [o]  the app's own text without the context, or the context alone
 */
export function collectText(root, o = {}) {
  /** @type {string[]} */
  const out = [];
  const context = CONTEXT_SOURCES.map((f) => join(root, f));
  if (o.only === 'context') {
    for (const f of context) walk(f, out, []);
  } else {
    for (const r of ROOTS) walk(join(root, r), out, o.only === 'app' ? context : []);
  }
  return out.join('\n');
}

/**
 * The sorted, de-duplicated characters a font must hold: all non-ASCII in the text, plus ASCII.
 * @param {string} text
 */
export function fontChars(text) {
  const set = new Set();
  for (let cp = 0x20; cp <= 0x7e; cp++) set.add(String.fromCodePoint(cp));
  for (let cp = 0xa0; cp <= 0xff; cp++) set.add(String.fromCodePoint(cp));
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp > 0x7e && !(cp >= 0xd800 && cp <= 0xdfff) && !/\s/.test(c) && cp !== 0xfeff) set.add(c);
  }
  return [...set].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/**
 * CSS/MapLibre unicode-range entries ("U+4E00-4E02") for sorted characters.
 * @param {string[]} chars
 */
export function unicodeRanges(chars) {
  const cps = chars.map((c) => c.codePointAt(0) ?? 0);
  const out = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    /** @param {number} n */
    const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
    out.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return out;
}

/**
 * The characters a list of unicode-ranges (as `unicodeRanges` writes them) names.
 * @param {string[]} ranges
 * @returns {string[]}
 */
export function charsIn(ranges) {
  return ranges.flatMap((r) => {
    const [from, to = from] = r
      .slice(2)
      .split('-')
      .map((h) => Number.parseInt(h, 16));
    return Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) =>
      String.fromCodePoint((from ?? 0) + i),
    );
  });
}
