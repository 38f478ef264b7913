// Builds the floor page on its own, into dist-bench/floor: it never ships with the app. Same public/
// (the GeoJSON) and the same build target as the app's vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embeddedGeoPlugin } from '../../../src/map/embedded-geo-plugin';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // geo-data.ts names the single file's embedded GeoJSON; here, as in the app, it fetches instead.
  plugins: [embeddedGeoPlugin(false)],
  publicDir: `${repo}public`,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: `${repo}dist-bench/floor`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: { input: fileURLToPath(new URL('floor.html', import.meta.url)) },
  },
});
