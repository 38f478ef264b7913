// MapLibre 6 needs WebGL2. A browser may have the API and still give no context (WebGL switched off
// by policy, a blocked GPU, a remote desktop): only asking for one tells. The first context a browser
// creates costs 250–350 ms in software WebGL (later ones ~20 ms), so the question is asked in a
// worker, off the page's thread, while the 2D picture is drawn; where workers cannot ask (no
// OffscreenCanvas, a policy against blob workers), the page asks itself, once.

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

const WORKER_PROBE = `try {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (gl) gl.getExtension('WEBGL_lose_context')?.loseContext();
  postMessage(gl !== null);
} catch { postMessage(false); }`;

const WORKER_WAIT_MS = 5000;

function askWorker(): Promise<boolean | null> {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(URL.createObjectURL(new Blob([WORKER_PROBE], { type: 'text/javascript' })));
    } catch {
      return resolve(null);
    }
    const done = (answer: boolean | null) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => done(null), WORKER_WAIT_MS);
    worker.onmessage = (e) => done(e.data === true);
    worker.onerror = () => done(null);
  });
}

let answer: Promise<boolean> | null = null;

/** Whether this browser gives WebGL2, asked once per page (started early: see main.tsx). */
export function webgl2Works(): Promise<boolean> {
  answer ??= hasWebGL2() ? askWorker().then((a) => a ?? pageGivesWebGL2(document)) : Promise.resolve(false);
  return answer;
}
