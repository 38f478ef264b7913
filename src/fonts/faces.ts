// The self-hosted label and UI font (a build-time subset of Noto Sans SC, see scripts/fonts).
// One list of files serves both the page's CSS and MapLibre's `font-faces`, so the map and the
// panels draw Chinese the same way on a machine without CJK fonts.
import manifest from './fonts.generated.json';

export const FONT_FAMILY = manifest.family;

const urls = import.meta.glob<string>('./*.woff2', { query: '?url', import: 'default', eager: true });

export type FontFile = { url: string; unicodeRange: string[] };

/** The font files with absolute URLs (MapLibre resolves font-face URLs without a base). */
export function fontFiles(baseUri: string): FontFile[] {
  return manifest.files.map((f) => {
    const url = urls[`./${f.file}`];
    if (!url) throw new Error(`Font file ${f.file} is listed in fonts.generated.json but missing`);
    return { url: new URL(url, baseUri).href, unicodeRange: f.unicodeRange };
  });
}

/** Registers the font for the page's own text (panels, list, legend). */
export function registerPageFonts(doc: Document): void {
  if (typeof FontFace === 'undefined' || !doc.fonts) return;
  for (const f of fontFiles(doc.baseURI)) {
    const face = new FontFace(FONT_FAMILY, `url(${f.url}) format('woff2')`, {
      unicodeRange: f.unicodeRange.join(','),
      display: 'swap',
    });
    doc.fonts.add(face);
  }
}
