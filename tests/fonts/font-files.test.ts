// A font file that cannot be had (in the single file, a block missing or broken) is left out with a
// warning: the other files, the page's faces and MapLibre's style still get the rest of the font,
// and the page learns which files are missing, to say so.
import { afterEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../src/fonts/fonts.generated.json';

vi.mock('../../src/embedded/read-block', () => ({
  loadableUrl: async (url: string) => {
    if (url.includes('atlas-sans-context'))
      throw new Error('the page has no block #atlas-font-atlas-sans-context');
    return `blob:${url}`;
  },
}));

afterEach(() => vi.restoreAllMocks());

describe('the font files', () => {
  it('leaves out a file that cannot be had, says which, and gives the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { fontFiles } = await import('../../src/fonts/faces');
    const files = await fontFiles('file:///stick/atlas.html');
    expect(files).toHaveLength(manifest.files.length - 1);
    expect(files.every((f) => f.url.startsWith('blob:') && !f.url.includes('context'))).toBe(true);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/atlas-sans-context\.woff2 left out \(the page has no block/),
    );
  });

  it('tells the page which files it left out, to say so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { registerPageFonts } = await import('../../src/fonts/faces');
    expect(await registerPageFonts(document)).toEqual(['atlas-sans-context.woff2']);
  });
});
