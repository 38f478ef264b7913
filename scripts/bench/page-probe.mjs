// What the benchmark measures inside the page, installed before any page script runs
// (`addInitScript`), so every time is performance.now() on the page's own clock (0 = navigation start).
//
// - load: the first time the map region says aria-busy="false" once a MapLibre canvas exists, i.e.
//   MapLibre's first `idle` (all sources loaded, all layers drawn).
// - select: a trusted click's event.timeStamp → the first animation frame after
//   `aside.details[data-area=<id>]` is in the DOM (`frameAt`), and the task after that frame's paint
//   (`paintedAt`).
// - filter: a trusted click's event.timeStamp → aria-busy goes true then false (the map repainted and
//   is idle again: method "idle"); if no frame marks it busy within 3 frames and 50 ms, the toggle
//   caused no repaint and the end is the first frame after the click (method "no-repaint").
//
// Plain function, serialised into the page: it may use nothing from this module's scope.
export function installProbe() {
  const REGION = '[data-testid="map-region"]';
  const bench = { idleAt: null, pending: null, done: [], seq: 0 };
  window.__bench = bench;

  const finish = (p, end, method) => {
    if (p.end !== null) return;
    p.end = end;
    p.method = method;
    if (bench.pending === p) bench.pending = null;
    bench.done.push(p);
  };

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

  const watchQuiet = (p) => {
    let frames = 0;
    const tick = () => {
      if (p.end !== null) return;
      frames++;
      if (frames === 1) p.firstFrameAt = performance.now();
      if (!p.sawBusy && frames >= 3 && performance.now() - p.t0 >= 50) {
        finish(p, p.firstFrameAt, 'no-repaint');
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };

  // One observer for everything. Within one task MapLibre can set busy true ('render') and false
  // ('idle'), so the values are replayed from the records' old values, not read once.
  const observe = (records) => {
    const now = performance.now();
    const region = document.querySelector(REGION);
    const busyRecords = records.filter((r) => r.attributeName === 'aria-busy' && r.target === region);
    const values = busyRecords.map((_, i) =>
      i + 1 < busyRecords.length ? busyRecords[i + 1].oldValue : region.getAttribute('aria-busy'),
    );
    if (
      bench.idleAt === null &&
      region?.getAttribute('aria-busy') === 'false' &&
      region.querySelector('canvas.maplibregl-canvas')
    ) {
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
    attributeFilter: ['aria-busy', 'data-area'],
  });

  // Capture phase on window: the first listener to see the click, before React's.
  window.addEventListener(
    'click',
    (e) => {
      const p = bench.pending;
      if (!p || p.t0 !== null || !e.isTrusted) return;
      p.t0 = e.timeStamp;
      if (p.kind === 'filter') watchQuiet(p);
    },
    true,
  );

  bench.arm = (kind, area) => {
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
  };
}
