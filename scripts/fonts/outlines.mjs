// What a font file really draws. A font's unicode-range (or Fontsource's CSS) can name a character
// the file has no glyph for; subsetting a file down to such characters alone leaves an empty `glyf`
// table, which Chromium's font sanitiser (OTS) rejects: the whole file fails to decode. So the build
// takes a character only from a file that draws it, and leaves the rest to the system's fonts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// fontverter ships no types and has no @types package: the one function used, typed here.
/** @type {{ convert(font: Buffer, toFormat: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer> }} */
const fontverter = require('fontverter');
const hb = await import('harfbuzzjs');

/**
 * Spaces and format characters (U+00A0, the soft hyphen…) may rightly have a glyph with no outline.
 * @param {string} c
 */
export const mayBeBlank = (c) => /^[\p{Zs}\p{Cf}]$/u.test(c);

/**
 * The characters a font file (woff2 or sfnt) draws: mapped by its cmap to a glyph with an outline
 * (or, for a space or format character, mapped at all).
 * @param {Buffer} font
 * @returns {Promise<(c: string) => boolean>}
 */
export async function drawnBy(font) {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(font, 'sfnt')), 0);
  const hbFont = new hb.Font(face);
  const mapped = new Set(face.collectUnicodes());
  /** @type {Map<string, boolean>} */
  const cache = new Map();
  return (c) => {
    let drawn = cache.get(c);
    if (drawn === undefined) {
      const cp = c.codePointAt(0) ?? 0;
      const glyph = mapped.has(cp) ? hbFont.nominalGlyph(cp) : undefined;
      drawn = glyph !== undefined && (mayBeBlank(c) || hbFont.glyphToPath(glyph).length > 0);
      cache.set(c, drawn);
    }
    return drawn;
  };
}
