// What the benchmark measures inside the page, installed before any page script runs
// (`addInitScript`), so every time is performance.now() on the page's own clock (0 = navigation start).
//
// - first picture: the app's map region first carries data-renderer (set in the frame its first
//   complete picture is drawn: the 2D map's), and the task after that frame's paint.
// - load: the first time the map region says aria-busy="false" with the renderer it will keep on
//   screen: MapLibre's first idle once it has taken over (the floor: MapLibre's first idle; without
//   WebGL: the 2D map's first idle).
// - select: a trusted click's event.timeStamp → the first animation frame after
//   `aside.details[data-area=<id>]` is in the DOM (`frameAt`), and the task after that frame's paint
//   (`paintedAt`).
// - filter: a trusted click's event.timeStamp → aria-busy goes true then false (the map repainted and
//   is idle again: method "idle"); if no frame marks it busy within 3 frames and 50 ms, the toggle
//   caused no repaint and the end is the first frame after the click (method "no-repaint").
//
// Plain function, serialised into the page: it may use nothing from this module's scope (types only).

/**
 * One measurement, from `arm` until `finish`; times are the page clock's, in ms.
 * @typedef {object} Measurement
 * @property {number} id
 * @property {'select' | 'filter'} kind
 * @property {string | null} area  the area a select waits for
 * @property {number | null} t0    the trusted click's timeStamp
 * @property {number | null} end
 * @property {'frame' | 'no-repaint' | 'idle' | null} method  how the end was detected
 * @property {number | null} domAt
 * @property {number | null} frameAt
 * @property {number | null} paintedAt
 * @property {boolean} sawBusy
 * @property {number | null} busyAt
 * @property {number | null} firstFrameAt
 */

/**
 * A measurement in `done`: finish() set its end, and its click set t0 before anything could end it.
 * @typedef {Measurement & { t0: number, end: number }} Finished
 */

/**
 * The probe's state, as `window.__bench`.
 * @typedef {object} Probe
 * @property {number | null} firstPictureAt  data-renderer first set (the floor never sets it)
 * @property {number | null} firstPaintedAt  the task after that frame's paint
 * @property {number | null} idleAt  the map's first idle with its final renderer
 * @property {Measurement | null} pending
 * @property {Measurement[]} done
 * @property {number} seq
 * @property {(kind: 'select' | 'filter', area?: string | null) => number} arm  the next trusted click starts a measurement; returns its id
 */

/** @typedef {Window & typeof globalThis & { __bench: Probe }} ProbeWindow */

/**
 * @param {{ webgl: boolean }} mode  whether the browser has WebGL (MapLibre is the final renderer)
 */
export function installProbe({ webgl }) {
  const REGION = '[data-testid="map-region"]';
  /** @type {Probe} */
  const bench = {
    firstPictureAt: null,
    firstPaintedAt: null,
    idleAt: null,
    pending: null,
    done: [],
    seq: 0,
    arm,
  };

  /** @type {ProbeWindow} */ (window).__bench = bench;

  /**
   * @param {Measurement} p
   * @param {number | null} end
   * @param {Measurement['method']} method
   */
  const finish = (p, end, method) => {
    if (p.end !== null) return;
    p.end = end;
    p.method = method;
    if (bench.pending === p) bench.pending = null;
    bench.done.push(p);
  };

  /** @param {Measurement} p */
  const onSelectDom = (p) => {
    p.domAt = performance.now();
    requestAnimationFrame(() => {
      p.frameAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        p.paintedAt = performance.now();
        finish(p, p.frameAt, 'frame');
      };
      channel.port2.postMessage(null);
    });
  };

  /**
   * @param {Measurement} p
   * @param {number} t0  its click's time
   */
  const watchQuiet = (p, t0) => {
    let frames = 0;
    const tick = () => {
      if (p.end !== null) return;
      frames++;
      if (frames === 1) p.firstFrameAt = performance.now();
      if (!p.sawBusy && frames >= 3 && performance.now() - t0 >= 50) {
        finish(p, p.firstFrameAt, 'no-repaint');
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };

  // One observer for everything. Within one task MapLibre can set busy true ('render') and false
  // ('idle'), so the values are replayed from the records' old values, not read once.
  /** @param {MutationRecord[]} records */
  const observe = (records) => {
    const now = performance.now();
    const region = document.querySelector(REGION);
    const busyRecords = records.filter((r) => r.attributeName === 'aria-busy' && r.target === region);
    const values = busyRecords.map((_, i) =>
      // (only records of an existing region get here)
      i + 1 < busyRecords.length ? busyRecords[i + 1].oldValue : region?.getAttribute('aria-busy'),
    );
    const renderer = region?.getAttribute('data-renderer') ?? null;
    if (bench.firstPictureAt === null && renderer) {
      bench.firstPictureAt = now;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.firstPaintedAt = performance.now();
        };
        channel.port2.postMessage(null);
      });
    }
    // With WebGL, MapLibre's first idle once it is on screen (the floor has no data-renderer).
    const settled = webgl
      ? region?.querySelector('canvas.maplibregl-canvas') && (renderer === null || renderer === 'webgl')
      : renderer === '2d';
    if (bench.idleAt === null && region?.getAttribute('aria-busy') === 'false' && settled) {
      bench.idleAt = now;
      performance.mark('bench:idle'); // lines the page clock up with a performance trace
    }
    const p = bench.pending;
    if (!p || p.t0 === null) return;
    if (p.kind === 'select' && p.domAt === null) {
      if (document.querySelector(`aside.details[data-area="${p.area}"]`)) onSelectDom(p);
    }
    if (p.kind === 'filter') {
      for (const v of values) {
        if (v === 'true' && !p.sawBusy) {
          p.sawBusy = true;
          p.busyAt = now;
        } else if (v === 'false' && p.sawBusy) {
          finish(p, now, 'idle');
          break;
        }
      }
    }
  };
  new MutationObserver(observe).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['aria-busy', 'data-area', 'data-renderer'],
  });

  // Capture phase on window: the first listener to see the click, before React's.
  window.addEventListener(
    'click',
    (e) => {
      const p = bench.pending;
      if (!p || p.t0 !== null || !e.isTrusted) return;
      p.t0 = e.timeStamp;
      if (p.kind === 'filter') watchQuiet(p, p.t0);
    },
    true,
  );

  /** @type {Probe['arm']} */
  function arm(kind, area) {
    /** @type {Measurement} */
    const p = {
      id: ++bench.seq,
      kind,
      area: area ?? null,
      t0: null,
      end: null,
      method: null,
      domAt: null,
      frameAt: null,
      paintedAt: null,
      sawBusy: false,
      busyAt: null,
      firstFrameAt: null,
    };
    bench.pending = p;
    return p.id;
  }
}
