// MapLibre 6 needs WebGL2. A full probe (creating a context) costs ~200 ms in software WebGL on
// every load, as much as MapLibre's own context, so this only checks the browser has the API;
// where it has the API but no context (WebGL switched off by policy, a blocked GPU), MapLibre's
// constructor throws, cleans up after itself, and the 2D map stays.
export function hasWebGL2(win: object | undefined = globalThis.window): boolean {
  return (
    typeof (win as { WebGL2RenderingContext?: unknown } | undefined)?.WebGL2RenderingContext === 'function'
  );
}
