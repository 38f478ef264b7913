/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { planPlugin } from './src/data/plan/vite-plugin';
import { embeddedFontsPlugin } from './src/fonts/embedded-fonts-plugin';
import { embeddedGeoPlugin } from './src/map/embedded-geo-plugin';
import { GEO_DIR, LIGHT_BUNDLE } from './src/map/geo-files';
import { lightGeoPlugin } from './src/map/light-geo-plugin';
import { firstScreenChunk } from './vite.first-screen';
import { singleFilePage } from './vite.single-file';

/** `vite build --mode file` (`npm run build:file`): the whole app in one HTML file for file://. */
const SINGLE_FILE_MODE = 'file';
const SINGLE_FILE_DIR = 'dist-file';

/**
 * The first picture's files start downloading with the page, not after the JavaScript has run: the
 * map's light GeoJSON, and the font's main subset (every letter and hanzi the labels use; the other
 * subsets hold one rare symbol each).
 */
function preloadFirstPicture(): Plugin {
  return {
    name: 'preload-first-picture',
    transformIndexHtml: (_html, ctx) => {
      const link = (href: string, as: string, type?: string) => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as, crossorigin: '', ...(type ? { type } : {}) },
        injectTo: 'head' as const,
      });
      const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /(^|\/)atlas-sans-0-[^/]*\.woff2$/.test(f));
      return [
        link(`./${GEO_DIR}${LIGHT_BUNDLE}`, 'fetch'),
        ...fonts.map((f) => link(`./${f}`, 'font', 'font/woff2')),
      ];
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_FILE_MODE;
  return {
    // Relative asset paths: the built app also works from a file share or a sub-folder.
    base: './',
    plugins: single
      ? // Everything inside the page: the app's script and styles (singlefile), the fonts, the
        // geodata and MapLibre as blocks (src/embedded/blocks.ts); nothing copied from public/.
        [
          react(),
          planPlugin(),
          // The fonts' blocks first: the first picture needs the main subset before its GeoJSON.
          embeddedFontsPlugin(),
          embeddedGeoPlugin(true),
          viteSingleFile(),
          singleFilePage(SINGLE_FILE_DIR),
        ]
      : [react(), planPlugin(), embeddedGeoPlugin(false), lightGeoPlugin(), preloadFirstPicture()],
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1600,
      // The single file inlines every chunk; the served build loads its first screen as one file.
      ...(single ? {} : { rolldownOptions: { output: { codeSplitting: firstScreenChunk() } } }),
      ...(single ? { outDir: SINGLE_FILE_DIR, emptyOutDir: true, chunkSizeWarningLimit: 5000 } : {}),
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      environment: 'jsdom',
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      setupFiles: ['tests/setup.ts'],
      testTimeout: 20000,
    },
  };
});
