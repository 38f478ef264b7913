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
/**
 * A data: URL's font as a blob: URL. The single file carries the fonts inline as data: URLs, and
 * Chromium loads a data: URL font at once, so the page's first layout waits for it and shapes every
 * label with it; from a blob: URL it loads like a served file, after the first picture.
 */
function asyncUrl(url: string): string {
  // Only in the single file (`vite build --mode file`), whose policy allows fonts from blob:; served,
  // only the few tiny subsets are inlined, and they stay as they are.
  const m = import.meta.env.MODE === 'file' ? /^data:([^;,]*);base64,(.*)$/s.exec(url) : null;
  if (!m) return url;
  const bytes = Uint8Array.from(atob(m[2] ?? ''), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: m[1] || 'font/woff2' }));
}

export function registerPageFonts(doc: Document): void {
  if (typeof FontFace === 'undefined' || !doc.fonts) return;
  fontFiles(doc.baseURI).forEach((f, i) => {
    const face = new FontFace(FONT_FAMILY, `url(${asyncUrl(f.url)}) format('woff2')`, {
      unicodeRange: f.unicodeRange.join(','),
      display: 'swap',
    });
    doc.fonts.add(face);
    // The main subset (every label's letters) starts loading now, as its preload does when served, so
    // the first layout finds it ready instead of searching the system's fonts for each character.
    if (i === 0) face.load().catch(() => undefined);
  });
}
