// What the map starts before React renders anything: the first picture's files, and, where the
// browser turns out to have WebGL2, MapLibre's module (its download and compilation overlap the 2D
// picture; the map itself is created once that picture is up). Without WebGL2 MapLibre is never
// loaded.
import { prefetchLight } from './geo-data';
import { webgl2Works } from './webgl';

type WebglModule = typeof import('./maplibre/webgl-renderer');

let module: Promise<WebglModule | null> | null = null;

/** MapLibre's renderer module, or null where there is no WebGL2 (or it failed to load). */
export function webglModule(): Promise<WebglModule | null> {
  module ??= webgl2Works().then((ok) =>
    ok
      ? import('./maplibre/webgl-renderer').catch((e: unknown) => {
          console.warn(`map: MapLibre did not load (${e instanceof Error ? e.message : String(e)})`);
          return null;
        })
      : null,
  );
  return module;
}

export function preloadMap(): void {
  prefetchLight();
  void webglModule();
}
