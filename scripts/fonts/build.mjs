// `npm run fonts`: subsets Noto Sans SC (from @fontsource, SIL OFL 1.1) down to the characters the app
// actually shows, so Chinese labels and panels render on a machine with no CJK fonts, offline, for a
// few dozen KB instead of megabytes. Re-run after adding Chinese text; a unit test fails until you do.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { collectText, fontChars, unicodeRanges } from './collect-text.mjs';
import { drawnBy } from './outlines.mjs';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font');

const PKG = 'node_modules/@fontsource/noto-sans-sc';
const MAIN = `${PKG}/files/noto-sans-sc-chinese-simplified-400-normal.woff2`;
const OUT = 'src/fonts';

/** The numbered Fontsource slices, for the rare characters the main simplified file lacks. */
function slices() {
  const css = readFileSync(`${PKG}/400.css`, 'utf8');
  const out = [];
  for (const m of css.matchAll(
    /url\(\.\/files\/(noto-sans-sc-\d+-400-normal\.woff2)\)[^}]*unicode-range:\s*([^;]+);/g,
  )) {
    const ranges = m[2].split(',').map((r) => {
      const [a, b] = r.trim().slice(2).split('-');
      return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)];
    });
    out.push({ file: m[1], ranges });
  }
  return out;
}

const chars = fontChars(collectText('.', { only: 'app' }));
const appChars = new Set(chars);
// City, river and lake names (collect-text.mjs): what the rest of the app does not already need.
const contextChars = fontChars(collectText('.', { only: 'context' })).filter((c) => !appChars.has(c));
const inMainFile = await drawnBy(readFileSync(MAIN));
const inMain = chars.filter(inMainFile);
const rest = [...chars, ...contextChars].filter((c) => !inMainFile(c));
const contextInMain = contextChars.filter(inMainFile);

const files = [
  { name: 'atlas-sans-0.woff2', source: MAIN, chars: inMain },
  { name: 'atlas-sans-context.woff2', source: MAIN, chars: contextInMain },
];
/** @type {Map<string, string[]>} */
const bySlice = new Map();
/** @type {string[]} */
const missing = [];
const allSlices = slices();
for (const c of rest) {
  const cp = c.codePointAt(0) ?? 0;
  // Fontsource's unicode-ranges are Google Fonts' slices, which name characters a slice does not
  // draw (U+2715 ✕ is in slice 87's range, and in no Noto Sans SC file): such a character is left
  // to the system's fonts (listed as missing), never shipped as an empty glyph.
  let home = null;
  for (const s of allSlices.filter((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b))) {
    if ((await drawnBy(readFileSync(`${PKG}/files/${s.file}`)))(c)) {
      home = s.file;
      break;
    }
  }
  if (!home) missing.push(c);
  else bySlice.set(home, [...(bySlice.get(home) ?? []), c]);
}
let n = 1;
for (const [file, cs] of [...bySlice].sort()) {
  cs.sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  files.push({ name: `atlas-sans-${n++}.woff2`, source: `${PKG}/files/${file}`, chars: cs });
}

for (const old of readdirSync(OUT).filter((f) => f.endsWith('.woff2'))) unlinkSync(join(OUT, old));
const manifest = [];
for (const f of files) {
  const out = await subsetFont(readFileSync(f.source), f.chars.join(''), { targetFormat: 'woff2' });
  // The subset must still draw every character it claims, or the browser shows nothing for them.
  const drawn = await drawnBy(out);
  const blank = f.chars.filter((c) => !drawn(c));
  if (blank.length) throw new Error(`${f.name} does not draw ${blank.join(' ')} after subsetting`);
  writeFileSync(join(OUT, f.name), out);
  manifest.push({
    file: f.name,
    source: f.source.replace(`${PKG}/`, '@fontsource/noto-sans-sc/'),
    unicodeRange: unicodeRanges(f.chars),
  });
  console.log(`${f.name}: ${f.chars.length} characters, ${out.length} bytes`);
}
writeFileSync(
  join(OUT, 'fonts.generated.json'),
  `${JSON.stringify({ family: 'Atlas Sans', files: manifest, missing: missing.join('') }, null, 1)}\n`,
);
if (missing.length) console.warn(`Not in Noto Sans SC: ${missing.join(' ')}`);
