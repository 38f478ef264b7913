// MapLibre 6 needs WebGL2. A browser may have the API and still give no context (WebGL switched off
// by policy, a blocked GPU, a remote desktop): only asking a canvas for one tells. (An OffscreenCanvas
// will not do: with WebGL switched off, Chromium still gives one a context.) The first context a
// browser creates costs 250–350 ms in software WebGL and later ones ~20 ms, as MapLibre's own would:
// the map asks once its 2D picture is up, so the question never holds that picture back.

export function hasWebGL2(win: object | undefined = globalThis.window): boolean {
  return (
    typeof (win as { WebGL2RenderingContext?: unknown } | undefined)?.WebGL2RenderingContext === 'function'
  );
}

/** Asks the page for a WebGL2 context and lets it go at once (MapLibre makes its own). */
export function pageGivesWebGL2(doc: Document): boolean {
  if (!hasWebGL2(doc.defaultView ?? undefined)) return false;
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

let answer: boolean | null = null;

/** Whether this browser gives WebGL2, asked once per page. */
export function webgl2Works(): boolean {
  answer ??= typeof document !== 'undefined' && pageGivesWebGL2(document);
  return answer;
}
