// MapLibre 6 needs WebGL2. The browser may have the API and still give no context (WebGL switched
// off by policy, a blocked GPU, a remote desktop): asking for one tells. The first context a page
// creates costs ~350 ms in software WebGL and the next ~20 ms, so this probe, run once after the 2D
// picture is up, costs MapLibre nearly nothing, and spares a PC without WebGL from loading it at all.
const asked = new WeakMap<Document, boolean>();

export function hasWebGL2(win: object | undefined = globalThis.window): boolean {
  return (
    typeof (win as { WebGL2RenderingContext?: unknown } | undefined)?.WebGL2RenderingContext === 'function'
  );
}

/** Whether this browser gives a WebGL2 context, asked once. */
export function webgl2Works(doc: Document | undefined = globalThis.document): boolean {
  if (!doc) return false;
  let works = asked.get(doc);
  if (works === undefined) {
    works = probe(doc);
    asked.set(doc, works);
  }
  return works;
}

function probe(doc: Document): boolean {
  if (!hasWebGL2(doc.defaultView ?? undefined)) return false;
  try {
    const gl = doc.createElement('canvas').getContext('webgl2');
    // Let the context go at once: MapLibre makes its own.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
