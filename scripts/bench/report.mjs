// The figures as a plain-text table on stdout.
import { kb } from './budgets.mjs';

// Each takes null too (a figure that could not be measured), and prints it as '—'.
/** @param {number | null} v */
export const ms = (v) => (v !== null && Number.isFinite(v) ? `${v.toFixed(0)} ms` : '—');
/** @param {number | null} v */
const x = (v) => (v !== null && Number.isFinite(v) ? `${v.toFixed(3)}×` : '—');
/** @param {number | null} v */
const pct = (v) => (v !== null && Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '—');
/** @param {number | null} v */
const mb = (v) => (v !== null && Number.isFinite(v) ? `${(v / 1024 / 1024).toFixed(2)} MB` : '—');

/**
 * A figure's row: its median, min and max.
 * @param {string} name
 * @param {import('./stats.mjs').Summary} s
 * @param {(v: number | null) => string} f
 */
const range = (name, s, f) => [name, f(s.median), f(s.min), f(s.max)];

/** @param {(string | number)[][]} rows  the first is the header */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, n) => {
      const line = r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/**
 * Heap figures after GC, one row a check point.
 * @param {string} title
 * @param {{ actions: number, used: number, nodes: number, jsEventListeners: number }[]} points
 * @param {string} start  the row of the point at action 0
 */
const heapTable = (title, points, start) =>
  table([
    [title, 'JS heap', 'DOM nodes', 'JS listeners'],
    ...points.map((p) => [
      p.actions ? `after ${p.actions} actions` : start,
      mb(p.used),
      p.nodes,
      p.jsEventListeners,
    ]),
  ]);

/** @param {import('./results.mjs').BenchResults} r */
export function formatReport(r) {
  const out = [];
  const { load, noWebgl, clicks, filters, heap, bytes, modules } = r;
  out.push(`\nNew Areas Atlas benchmark — ${r.meta.date}, ${r.meta.commit}, ${r.meta.chromium}`);
  out.push(`${r.meta.cpus} CPUs, SwiftShader WebGL; ${load.pairs.length} cold loads per page, alternated\n`);
  out.push(
    table([
      ['load (page clock)', 'median', 'min', 'max'],
      range('app: first complete picture (2D)', load.first, ms),
      range('app: MapLibre on screen and idle', load.app, ms),
      range('floor (bare MapLibre, same style) → idle', load.floor, ms),
      range('first picture / floor idle, pairwise', load.firstRatio, x),
      range('app idle / floor idle, pairwise', load.ratio, x),
      range('no WebGL: first complete picture', noWebgl.first, ms),
      range('  / the floor’s median idle', noWebgl.firstRatio, x),
      range('single file (file://): first complete picture', r.singleFile.file, ms),
      range('  served app, the same pairs', r.singleFile.served, ms),
      range('  file / served, pairwise', r.singleFile.ratio, x),
      range('  file: MapLibre on screen and idle', r.singleFile.fileIdle, ms),
      range('  file: page parsed (3 MB on the main thread)', r.singleFile.fileParsed, ms),
      range('  file: app code started', r.singleFile.fileAppStart, ms),
      range('  served: app code started', r.singleFile.servedAppStart, ms),
    ]),
  );
  out.push(`app idle / floor idle, mean without the extreme fifths: ${x(load.trimmedRatio)}`);
  out.push('');
  /**
   * @param {string} name
   * @param {import('./stats.mjs').Summary} s
   */
  const sel = (name, s) => [name, s.n, ms(s.p50), ms(s.p95), ms(s.max)];
  out.push(
    table([
      ['interaction', 'n', 'p50', 'p95', 'max'],
      sel('click → selection painted (all)', clicks.all),
      sel('  from the list', clicks.list),
      sel('  on the map (national zoom)', clicks.map),
      sel('  … to after that frame’s paint', clicks.painted),
      sel('    from the list', clicks.paintedList),
      sel('    on the map', clicks.paintedMap),
      sel('filter toggle → map idle', filters.all),
      sel('no WebGL: click → selection painted', noWebgl.clicks),
    ]),
  );
  out.push(
    `no WebGL, 2 s pan/zoom gesture: ${noWebgl.gestureFps.median.toFixed(1)} new pictures a second (min ${noWebgl.gestureFps.min.toFixed(1)}, max ${noWebgl.gestureFps.max.toFixed(1)}), frame rate ${noWebgl.gestureFrameFps.median.toFixed(1)} fps; failed clicks: ${noWebgl.clicksFailed.length}`,
  );
  const methods = Object.entries(filters.methods)
    .map(([m, n]) => `${n} ${m}`)
    .join(', ');
  out.push(`filter end detected by: ${methods || '—'}; failed clicks: ${clicks.failed.length}`);
  out.push('');
  out.push(heapTable('after GC (main thread)', heap.points, 'after load'));
  out.push(
    `heap growth: ${pct(heap.growth)} from load, ${pct(heap.growthSinceWarm)} from action ${heap.warmAfter}`,
  );
  if (r.soak) out.push('', ...soakLines(r.soak));
  out.push('');
  const kinds = /** @type {const} */ (['js', 'css', 'geo', 'fonts']);
  out.push(
    table([
      ['first screen, gzip', ...kinds, 'total', 'html'],
      ['app', ...kinds.map((k) => kb(bytes.app.byKind[k])), kb(bytes.app.total), kb(bytes.app.byKind.html)],
      [
        'floor',
        ...kinds.map((k) => kb(bytes.floor.byKind[k])),
        kb(bytes.floor.total),
        kb(bytes.floor.byKind.html),
      ],
      [
        'app − floor',
        ...kinds.map((k) => kb(bytes.app.byKind[k] - bytes.floor.byKind[k])),
        kb(bytes.app.total - bytes.floor.total),
        '',
      ],
    ]),
  );
  out.push('');
  out.push(
    table([
      ['largest JS modules (app)', 'minified', 'gzip (est.)'],
      ...modules.app.top.map((m) => [m.source, kb(m.bytes), kb(m.gzip)]),
    ]),
  );
  out.push(
    `app JS not in the floor: ${kb(modules.extra.gzip)} gzip — ${modules.extra.packages
      .slice(0, 6)
      .map((p) => `${p.pkg} ${kb(p.gzip)}`)
      .join(', ')}`,
  );
  out.push('');
  out.push(budgetTable(r.budgets));
  for (const p of r.profiles ?? []) {
    out.push(`\nProfile for the missed "${p.budget}" budget: ${p.summary}`);
    for (const line of p.lines) out.push(`  ${line}`);
  }
  return out.join('\n');
}

/** @param {import('./budgets.mjs').Budget[]} budgets */
export const budgetTable = (budgets) =>
  table([
    ['budget', 'value', 'limit', ''],
    ...budgets.map((b) => [b.what, fmt(b.value, b.unit), fmt(b.limit, b.unit), b.pass ? 'PASS' : 'FAIL']),
  ]);

/**
 * @param {number | null} v
 * @param {string} unit
 */
function fmt(v, unit) {
  if (unit === 'ms') return ms(v);
  if (unit === '×') return x(v);
  if (unit === '%') return pct(v);
  if (unit === 'fps') return v === null ? '—' : `${v.toFixed(1)} fps`;
  if (v === null) return '—';
  if (unit === 'B') return kb(v);
  return String(v);
}

/** @param {import('./soak.mjs').SoakFigures} s */
export function soakLines(s) {
  const kinds = Object.entries(s.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const noEffect = Object.entries(s.ineffective)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const [first] = s.heap;
  const last = s.heap[s.heap.length - 1];
  return [
    `soak: ${s.actions} random actions, seed ${s.seed}, in ${s.seconds.toFixed(0)} s (warm-up ${s.warmUpSeconds.toFixed(0)} s, the ways back before each heap figure ${s.homeSeconds.toFixed(0)} s, ${s.tourViews} map views each) — ${kinds}`,
    `  no visible effect: ${noEffect || 'none'}; page errors: ${s.errors.length}; URL and details panel agreed at ${s.checks.length - s.disagreements} of ${s.checks.length} check points`,
    heapTable('soak, the same state after GC', s.heap, 'after the warm-up'),
    `soak heap growth from the warm-up (action ${first?.actions ?? '—'}) to action ${last?.actions ?? '—'}: ${pct(s.growth)}`,
  ];
}
