// The self-hosted label and UI font (a build-time subset of Noto Sans SC, see scripts/fonts).
// One list of files serves both the page's CSS and MapLibre's `font-faces`, so the map and the
// panels draw Chinese the same way on a machine without CJK fonts.
import { loadableUrl } from '../embedded/read-block';
import manifest from './fonts.generated.json';

export const FONT_FAMILY = manifest.family;

const urls = import.meta.glob<string>('./*.woff2', { query: '?url', import: 'default', eager: true });

export type FontFile = { url: string; unicodeRange: string[] };

type Fonts = { files: FontFile[]; missing: string[] };
const loaded = new Map<string, Promise<Fonts>>();

/** The font files, once per page: both the page's faces and MapLibre's style ask for them. */
function loadFonts(baseUri: string): Promise<Fonts> {
  let fonts = loaded.get(baseUri);
  if (!fonts) {
    fonts = Promise.all(
      manifest.files.map(async (f): Promise<FontFile | string> => {
        try {
          const url = urls[`./${f.file}`];
          if (!url) throw new Error('listed in fonts.generated.json but not built');
          return { url: await loadableUrl(url, 'font/woff2', baseUri), unicodeRange: f.unicodeRange };
        } catch (e) {
          console.warn(`font: ${f.file} left out (${e instanceof Error ? e.message : String(e)})`);
          return f.file;
        }
      }),
    ).then((all) => ({
      files: all.filter((f) => typeof f !== 'string'),
      missing: all.filter((f) => typeof f === 'string'),
    }));
    loaded.set(baseUri, fonts);
  }
  return fonts;
}

/**
 * The font files with absolute URLs (MapLibre resolves font-face URLs without a base); in the single
 * file, blob: URLs of its blocks (embedded-fonts-plugin.ts), once the parser is past each. A file that
 * cannot be had is left out, with a warning: its characters fall back to the machine's fonts, and the
 * rest of the font, the page and the map still draw.
 */
export async function fontFiles(baseUri: string): Promise<FontFile[]> {
  return (await loadFonts(baseUri)).files;
}

/** Registers the font for the page's own text (panels, list, legend); gives the files left out, for
 * the page to say so. */
export async function registerPageFonts(doc: Document): Promise<string[]> {
  const { files, missing } = await loadFonts(doc.baseURI);
  if (typeof FontFace === 'undefined' || !doc.fonts) return missing;
  files.forEach((f, i) => {
    const face = new FontFace(FONT_FAMILY, `url(${f.url}) format('woff2')`, {
      unicodeRange: f.unicodeRange.join(','),
      display: 'swap',
    });
    doc.fonts.add(face);
    // The main subset (every label's letters) starts loading now, as its preload does when served, so
    // the first layout finds it ready instead of searching the system's fonts for each character.
    if (i === 0) face.load().catch(() => undefined);
  });
  return missing;
}
