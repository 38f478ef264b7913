// MapLibre's module, loaded on demand (after the 2D picture is up) where the browser gives WebGL2, so
// its ~430 KB never delay the first picture, and a PC without WebGL never loads it at all.
import { webgl2Works } from './webgl';

type WebglModule = typeof import('./maplibre/webgl-renderer');

let module: Promise<WebglModule | null> | null = null;

/** MapLibre's renderer module, or null where there is no WebGL2 (or it failed to load). */
export function webglModule(): Promise<WebglModule | null> {
  module ??= webgl2Works()
    ? // In the single file MapLibre and its worker are blocks near the page's end: their stand-in
      // modules wait for them (embedded-geo-plugin.ts).
      import('./maplibre/webgl-renderer').catch((e: unknown) => {
        console.warn(`map: MapLibre did not load (${e instanceof Error ? e.message : String(e)})`);
        return null;
      })
    : Promise.resolve(null);
  return module;
}
