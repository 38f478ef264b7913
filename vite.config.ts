/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { planPlugin } from './src/data/plan/vite-plugin';
import { GEO_DIR, LIGHT_FILES } from './src/map/geo-files';

/** The map's first files start downloading with the page, not after the JavaScript has run. */
function preloadGeo(): Plugin {
  return {
    name: 'preload-geo',
    transformIndexHtml: () =>
      Object.values(LIGHT_FILES).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./${GEO_DIR}${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      })),
  };
}

export default defineConfig({
  // Relative asset paths: the built app also works from a file share or a sub-folder.
  base: './',
  plugins: [react(), planPlugin(), preloadGeo()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
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
});
