// `npm run fonts`: subsets Noto Sans SC (from @fontsource, SIL OFL 1.1) down to the characters the app
// actually shows, so Chinese labels and panels render on a machine with no CJK fonts, offline, for a
// few dozen KB instead of megabytes. Re-run after adding Chinese text; a unit test fails until you do.
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { collectText, fontChars, unicodeRanges } from './collect-text.mjs';

const require = createRequire(import.meta.url);
// fontverter ships no types and has no @types package: the one function used, typed here.
/** @type {{ convert(font: Buffer, toFormat: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer> }} */
const fontverter = require('fontverter');
const subsetFont = require('subset-font');
const hb = await import('harfbuzzjs');

const PKG = 'node_modules/@fontsource/noto-sans-sc';
const MAIN = `${PKG}/files/noto-sans-sc-chinese-simplified-400-normal.woff2`;
const OUT = 'src/fonts';

/** @param {Buffer} woff2 */
async function coverage(woff2) {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(woff2, 'sfnt')), 0);
  return new Set(face.collectUnicodes());
}

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
const mainBuf = readFileSync(MAIN);
const mainCover = await coverage(mainBuf);
const inMain = chars.filter((c) => mainCover.has(c.codePointAt(0)));
const rest = [...chars, ...contextChars].filter((c) => !mainCover.has(c.codePointAt(0)));
const contextInMain = contextChars.filter((c) => mainCover.has(c.codePointAt(0)));

const files = [
  { name: 'atlas-sans-0.woff2', source: MAIN, chars: inMain },
  { name: 'atlas-sans-context.woff2', source: MAIN, chars: contextInMain },
];
const bySlice = new Map();
const missing = [];
for (const c of rest) {
  const cp = c.codePointAt(0);
  const slice = slices().find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
  if (!slice) missing.push(c);
  else bySlice.set(slice.file, [...(bySlice.get(slice.file) ?? []), c]);
}
let n = 1;
for (const [file, cs] of [...bySlice].sort()) {
  cs.sort(
    (/** @type {string} */ a, /** @type {string} */ b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0),
  );
  files.push({ name: `atlas-sans-${n++}.woff2`, source: `${PKG}/files/${file}`, chars: cs });
}

for (const old of readdirSync(OUT).filter((f) => f.endsWith('.woff2'))) unlinkSync(join(OUT, old));
const manifest = [];
for (const f of files) {
  const out = await subsetFont(readFileSync(f.source), f.chars.join(''), { targetFormat: 'woff2' });
  writeFileSync(join(OUT, f.name), out);
  manifest.push({
    file: f.name,
    source: f.source.replace(`${PKG}/`, '@fontsource/noto-sans-sc/'),
    unicodeRange: unicodeRanges(f.chars),
    chars: f.chars.join(''),
  });
  console.log(`${f.name}: ${f.chars.length} characters, ${out.length} bytes`);
}
writeFileSync(
  join(OUT, 'fonts.generated.json'),
  `${JSON.stringify({ family: 'Atlas Sans', files: manifest, missing: missing.join('') }, null, 1)}\n`,
);
if (missing.length) console.warn(`Not in Noto Sans SC: ${missing.join(' ')}`);
