// Reads a Chromium performance trace of one page load: when each kind of file was asked for and
// arrived (also the worker's GeoJSON fetches, which the page cannot see), and what the main thread and
// the workers spent their time on before the map's first idle.
const TIMELINE = [
  'RunTask',
  'ParseHTML',
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_MARK_COMPACTOR',
];

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'loading',
];

/**
 * The fields of a Chromium trace event read here (times in µs).
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} ph  phase: 'X' a complete event with a duration, 'M' metadata
 * @property {number} ts
 * @property {number} [dur]
 * @property {number} pid
 * @property {number} tid
 * @property {{ name?: string, data?: { url?: string, requestId?: string } }} [args]
 */

/** @typedef {{ url: string, sent: number, finished: number | null }} Request */
/** @typedef {NonNullable<ReturnType<typeof readTrace>>} Trace */

/**
 * `idleAt` is the probe's page-clock idle time; the probe marks it as "bench:idle" in the trace.
 * @param {Buffer} buffer  the trace's JSON
 * @param {number} idleAt
 */
export function readTrace(buffer, idleAt) {
  /** @type {TraceEvent[]} */
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const mark = events.find((e) => e.name === 'bench:idle');
  if (!mark) return null;
  const origin = mark.ts - idleAt * 1000; // trace µs of navigation start
  /** @param {number} ts */
  const at = (ts) => (ts - origin) / 1000;
  /** @type {Map<string, string | undefined>} */
  const names = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  }
  const main = `${mark.pid}:${mark.tid}`;

  /** @type {Map<string | undefined, Request>} */
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    const sent = requests.get(d?.requestId);
    if (e.name === 'ResourceSendRequest' && d?.url && !sent) {
      requests.set(d.requestId, { url: d.url, sent: at(e.ts), finished: null });
    } else if (e.name === 'ResourceFinish' && sent) {
      sent.finished = at(e.ts);
    }
  }
  /** @param {string} name */
  const firstEvent = (name) => {
    const ts = events.filter((e) => e.name === name).map((e) => at(e.ts));
    return ts.length ? Math.min(...ts) : null;
  };
  const list = [...requests.values()].filter((r) => r.sent >= -1 && r.sent <= idleAt);
  /** @param {RegExp} re */
  const first = (re) => list.filter((r) => re.test(r.url)).sort((a, b) => a.sent - b.sent)[0] ?? null;
  const geo = list.filter((r) => /\/geo\//.test(r.url));
  const milestones = {
    entryScriptSent: first(/\/assets\/(index|floor)-[^/]*\.js$/)?.sent ?? null,
    entryScriptFinished: first(/\/assets\/(index|floor)-[^/]*\.js$/)?.finished ?? null,
    workersStarted: firstEvent('DedicatedWorkerHostFactoryImpl::CreateWorkerHostAndStartScriptLoad'),
    firstGeoSent: geo.length ? Math.min(...geo.map((r) => r.sent)) : null,
    lastGeoFinished: geo.length ? Math.max(...geo.map((r) => r.finished ?? r.sent)) : null,
    fontSent: first(/\.woff2$/)?.sent ?? null,
    idle: idleAt,
  };

  // Busy time per thread kind and, on the main thread, per event name (names nest: a FunctionCall is
  // inside a RunTask, so the rows are views, not parts of a sum).
  const busy = { main: 0, workers: 0, other: 0 };
  const mainByName = Object.fromEntries(TIMELINE.map((n) => [n, 0]));
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const t = at(e.ts);
    if (t < 0 || t > idleAt) continue;
    const thread = `${e.pid}:${e.tid}`;
    const ms = e.dur / 1000;
    if (e.name === 'RunTask') {
      if (thread === main) busy.main += ms;
      else if (/Worker/i.test(names.get(thread) ?? '')) busy.workers += ms;
      else busy.other += ms;
    }
    if (thread === main && e.name in mainByName) mainByName[e.name] += ms;
  }
  return { milestones, busy, mainByName };
}
