// Heap snapshots for finding what grows: written over CDP at the soak's heap check points
// (`--snapshots DIR`), and compared by `node scripts/bench/snapshot.mjs FIRST LAST`: the objects in
// the last that were not in the first (snapshot ids are stable within one page), grouped by
// constructor, largest first — what survives per action, not what a cache holds from the start.
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes the page's heap snapshot to `file` (it forces a GC first).
 * @param {import('playwright-core').CDPSession} cdp
 * @param {string} file
 */
export async function writeHeapSnapshot(cdp, file) {
  const out = createWriteStream(file);
  /** @param {{ chunk: string }} e */
  const onChunk = (e) => out.write(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await new Promise((done) => out.end(done));
  }
}

/**
 * @typedef {{ type: string, name: string, id: number, size: number, detached: boolean }} HeapNode
 */

/**
 * The snapshot's nodes (type, constructor or name, id, self size, detached DOM).
 * @param {string} file
 * @returns {HeapNode[]}
 */
export function readHeapNodes(file) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const fields = /** @type {string[]} */ (snap.snapshot.meta.node_fields);
  const types = /** @type {string[]} */ (snap.snapshot.meta.node_types[0]);
  const strings = /** @type {string[]} */ (snap.strings);
  const nodes = /** @type {number[]} */ (snap.nodes);
  const at = (/** @type {string} */ f) => fields.indexOf(f);
  const [fType, fName, fId, fSize, fDetached] = ['type', 'name', 'id', 'self_size', 'detachedness'].map(at);
  /** @type {HeapNode[]} */
  const out = [];
  for (let i = 0; i < nodes.length; i += fields.length) {
    out.push({
      type: types[nodes[i + fType]],
      name: strings[nodes[i + fName]],
      id: nodes[i + fId],
      size: nodes[i + fSize],
      detached: fDetached >= 0 && nodes[i + fDetached] === 2,
    });
  }
  return out;
}

/** Strings, numbers and code are grouped by kind: their names are their contents. */
const BY_KIND = new Set(['string', 'concatenated string', 'sliced string', 'code', 'number', 'hidden']);
/** @param {HeapNode} n */
const groupOf = (n) =>
  BY_KIND.has(n.type) ? `(${n.type})` : `${n.type}: ${n.name.slice(0, 80)}${n.detached ? ' (detached)' : ''}`;

/**
 * Per group (type and constructor): the net change from `first` to `last` (count and self size), and
 * what of `last` is new (not in `first`); largest net growth first.
 * @param {HeapNode[]} first
 * @param {HeapNode[]} last
 */
export function compareSnapshots(first, last) {
  const before = new Set(first.map((n) => n.id));
  /** @type {Map<string, { net: number, netSize: number, fresh: number, freshSize: number }>} */
  const groups = new Map();
  /** @param {string} key */
  const group = (key) => {
    const g = groups.get(key) ?? { net: 0, netSize: 0, fresh: 0, freshSize: 0 };
    groups.set(key, g);
    return g;
  };
  for (const n of first) {
    const g = group(groupOf(n));
    g.net--;
    g.netSize -= n.size;
  }
  for (const n of last) {
    const g = group(groupOf(n));
    g.net++;
    g.netSize += n.size;
    if (!before.has(n.id)) {
      g.fresh++;
      g.freshSize += n.size;
    }
  }
  return [...groups].map(([key, g]) => ({ key, ...g })).sort((a, b) => b.netSize - a.netSize);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [a, b, n = '40'] = process.argv.slice(2);
  if (!a || !b)
    throw new Error('usage: node scripts/bench/snapshot.mjs FIRST.heapsnapshot LAST.heapsnapshot [rows]');
  const first = readHeapNodes(a);
  const last = readHeapNodes(b);
  const sum = (/** @type {HeapNode[]} */ ns) => ns.reduce((t, x) => t + x.size, 0);
  const mb = (/** @type {number} */ v) => `${(v / 1048576).toFixed(2)} MB`;
  const kb = (/** @type {number} */ v) => `${(v / 1024).toFixed(1)} KB`.padStart(10);
  // Compiled code grows as the JIT optimises what runs often: apart, it does not hide the rest.
  const code = (/** @type {HeapNode[]} */ ns) => sum(ns.filter((x) => x.type === 'code'));
  for (const [name, ns] of /** @type {const} */ ([
    ['first', first],
    ['last', last],
  ]))
    console.log(
      `${name}: ${ns.length} objects, ${mb(sum(ns))} (self sizes): code ${mb(code(ns))}, the rest ${mb(sum(ns) - code(ns))}`,
    );
  console.log('net size     net n   new size     new n  group');
  for (const r of compareSnapshots(first, last).slice(0, Number(n)))
    console.log(
      `${kb(r.netSize)} ${String(r.net).padStart(7)} ${kb(r.freshSize)} ${String(r.fresh).padStart(7)}  ${r.key}`,
    );
}
