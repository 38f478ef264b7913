// Every font the app ships must decode in Chromium: a file its sanitiser (OTS) rejects draws nothing,
// and its characters fall back to whatever the machine has, or to boxes. Most subsets are small enough
// for Vite to inline as data: URLs, so the faces the page registers are checked as well as the files.
import { readdirSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import manifest from '../../src/fonts/fonts.generated.json';
import { trackPages } from './harness';

const { open } = trackPages({});

type Loaded = { what: string; ok: boolean; error?: string };

it('decodes every font face the page registers', async () => {
  const page = await open();
  const loaded: Loaded[] = await page.evaluate(() =>
    Promise.all(
      [...document.fonts].map(async (face) => {
        const what = `${face.family.replace(/^"|"$/g, '')} ${face.unicodeRange}`;
        try {
          await face.load();
          return { what, ok: true };
        } catch (e) {
          return { what, ok: false, error: String(e) };
        }
      }),
    ),
  );
  expect(loaded.filter((f) => !f.ok)).toEqual([]);
  expect(loaded.filter((f) => f.what.startsWith(manifest.family)).length).toBe(manifest.files.length);
});

it('decodes every font file in the built assets', async () => {
  const files = readdirSync('dist/assets').filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  expect(files.length).toBeGreaterThan(0);
  const page = await open();
  const loaded: Loaded[] = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url, i) => {
          try {
            await new FontFace(`probe-${i}`, `url(${url})`).load();
            return { what: url, ok: true };
          } catch (e) {
            return { what: url, ok: false, error: String(e) };
          }
        }),
      ),
    files.map((f) => new URL(`assets/${f}`, inject('baseUrl')).href),
  );
  expect(loaded.filter((f) => !f.ok)).toEqual([]);
});
