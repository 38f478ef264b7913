// Every font the app ships must decode in Chromium: a file its sanitiser (OTS) rejects draws nothing,
// and its characters fall back to whatever the machine has, or to boxes. Most subsets are small enough
// for Vite to inline as data: URLs, so the faces the page registers are checked as well as the files.
import { readdirSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { expectEveryFaceDecodes, type Loaded, trackPages } from './harness';

const { open } = trackPages({});

it('decodes every font face the page registers', async () => {
  await expectEveryFaceDecodes(await open());
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
