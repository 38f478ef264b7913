// Turns profiler call frames (URL, line, column in the built, minified files) into the original
// module, line and — where the source has it — the function, via the source-mapped builds.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve as resolvePath } from 'node:path';
import { getOrThrow } from '../lib/get-or-throw.mjs';
import { packageOf } from './modules.mjs';
import { SourceMap } from './sourcemap.mjs';

// The parts of the DevTools protocol's profiles read here. profile.mjs passes what cdp.send returns,
// so the checker holds these against Playwright's full protocol types.
/** @typedef {{ functionName: string, url: string, lineNumber: number, columnNumber: number }} CallFrame */
/** @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} CpuProfileNode */
/** @typedef {{ nodes: CpuProfileNode[], samples?: number[], timeDeltas?: number[] }} CpuProfile */
/** @typedef {{ id: number, callFrame: CallFrame, selfSize: number, children: HeapProfileNode[] }} HeapProfileNode */
/** @typedef {{ head: HeapProfileNode }} HeapProfile */

/**
 * Where a call frame's code comes from, and how it is named in the figures.
 * @typedef {{ module: string, pkg: string, line: number, label: string }} Frame
 */

export class Resolver {
  /** @param {Record<string, string>} roots  { [server base URL]: folder it serves } */
  constructor(roots) {
    this.roots = Object.entries(roots);
    /** @type {Map<string, SourceMap | null>} */
    this.maps = new Map();
    /** @type {Map<string, string[]>} */
    this.lines = new Map();
  }

  /**
   * The source map beside a built (or a package's) file, if it has one.
   * @param {string} file
   */
  map(file) {
    if (!this.maps.has(file)) {
      const mapFile = `${file}.map`;
      this.maps.set(
        file,
        existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
      );
    }
    return getOrThrow(this.maps, file);
  }

  /**
   * The original text of a source line, trimmed: it names the function far better than a minified name.
   * @param {string} source
   * @param {number} line  0-based
   */
  sourceLine(source, line) {
    if (!this.lines.has(source)) {
      const text = existsSync(source) ? readFileSync(source, 'utf8') : '';
      this.lines.set(source, text.split('\n'));
    }
    return (getOrThrow(this.lines, source)[line] ?? '').trim().slice(0, 90);
  }

  /**
   * Follows source maps down to the original: our build maps to e.g. maplibre-gl.mjs, itself a
   * minified bundle that ships its own map to MapLibre's TypeScript sources.
   * @param {string} file
   * @param {number} line  0-based
   * @param {number} column  0-based
   */
  original(file, line, column) {
    let pos = this.map(file)?.lookup(line, column);
    if (!pos) return null;
    let source = relative(process.cwd(), resolvePath(dirname(file), pos.source));
    for (let depth = 0; depth < 3; depth++) {
      /** @type {import('./sourcemap.mjs').OriginalPosition | null | undefined} */
      const deeper = this.map(source)?.lookup(pos.line, pos.column);
      if (!deeper) break;
      const next = relative(process.cwd(), resolvePath(dirname(source), deeper.source));
      // MapLibre's own sources are not in the package: name them under it (no line text then).
      source = next.startsWith('node_modules/') ? next : `${dirname(source)}/${deeper.source}`;
      pos = deeper;
    }
    return { ...pos, source };
  }

  /**
   * { module, pkg, line, label } for a CDP call frame.
   * @param {CallFrame} cf
   * @returns {Frame}
   */
  frame(cf) {
    if (SPECIAL.test(cf.functionName))
      return { module: cf.functionName, pkg: cf.functionName, line: 0, label: cf.functionName };
    const root = this.roots.find(([base]) => cf.url.startsWith(base));
    if (!root) {
      const where = cf.url ? cf.url.replace(/^https?:\/\/[^/]+\//, '') : 'native';
      const name = cf.functionName || '(anonymous)';
      return { module: where, pkg: cf.url ? where : '(native)', line: 0, label: `${name} [${where}]` };
    }
    const file = join(root[1], cf.url.slice(root[0].length).split('?')[0]);
    const pos = this.original(file, cf.lineNumber, cf.columnNumber);
    if (!pos) {
      const module = relative(process.cwd(), file);
      // Line 1, column 1 of an ES module with no mapping there: the module's own top-level code.
      const name = cf.functionName || (cf.lineNumber === 0 ? '(bundle top level)' : '(anonymous)');
      const pkg = module.includes('maplibre-gl-worker') ? 'maplibre-gl (worker)' : module;
      return { module, pkg, line: cf.lineNumber, label: `${name} (${module}:${cf.lineNumber + 1})` };
    }
    const source = tidy(pos.source);
    const text = this.sourceLine(source, pos.line);
    return {
      module: source,
      pkg: packageOf(source),
      line: pos.line + 1,
      label: `${source}:${pos.line + 1} ${text || pos.name || cf.functionName || ''}`.trim(),
    };
  }
}

/**
 * `node_modules/maplibre-gl/dist/../src/x.ts` → `node_modules/maplibre-gl/src/x.ts`.
 * @param {string} source
 */
const tidy = (source) => normalize(source);

const SPECIAL = /^\((program|idle|garbage collector|root)\)$/;

/**
 * A built-in (Array.prototype.map, focus, postMessage…) says little on its own: name it with the
 * nearest function of ours or a library's that called it.
 * @param {Map<number, number>} parentOf  node id → its caller's
 * @param {(id: number) => Frame} frameOf
 * @returns {(id: number) => Frame}
 */
function labeller(parentOf, frameOf) {
  /** @type {Map<number, Frame>} */
  const cache = new Map();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const own = frameOf(id);
    let out = own;
    if (own.pkg === '(native)' && !SPECIAL.test(own.label)) {
      let p = parentOf.get(id);
      while (p !== undefined && frameOf(p).pkg === '(native)') p = parentOf.get(p);
      if (p !== undefined && !SPECIAL.test(frameOf(p).label)) {
        const caller = frameOf(p);
        out = { ...caller, label: `${own.label.replace(' [native]', '')} ← ${caller.label}` };
      }
    }
    cache.set(id, out);
    return out;
  };
}

/** @param {Map<string, number>} m */
const sorted = (m) => [...m].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);

/**
 * Self time (ms) per function label and per package from CDP CPU profiles.
 * @param {CpuProfile[]} profiles
 * @param {Resolver} resolver
 */
export function aggregateCpu(profiles, resolver) {
  /** @type {Map<string, number>} */
  const byLabel = new Map();
  /** @type {Map<string, number>} */
  const byPkg = new Map();
  let total = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    /** @type {Map<number, number>} */
    const parentOf = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    /** @type {Map<number, Frame>} */
    const frames = new Map();
    /** @param {number} id */
    const frameOf = (id) => {
      if (!frames.has(id)) frames.set(id, resolver.frame(getOrThrow(nodes, id).callFrame));
      return getOrThrow(frames, id);
    };
    const label = labeller(parentOf, frameOf);
    (profile.samples ?? []).forEach((id, i) => {
      // A sample stands for the time until the next one (as DevTools counts it).
      const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
      const f = label(id);
      total += ms;
      byLabel.set(f.label, (byLabel.get(f.label) ?? 0) + ms);
      byPkg.set(f.pkg, (byPkg.get(f.pkg) ?? 0) + ms);
    });
  }
  return { totalMs: total, functions: sorted(byLabel), packages: sorted(byPkg) };
}

/**
 * Live bytes per allocating function and per package from a CDP sampling heap profile.
 * @param {HeapProfile} profile
 * @param {Resolver} resolver
 */
export function aggregateHeap(profile, resolver) {
  /** @type {Map<string, number>} */
  const byLabel = new Map();
  /** @type {Map<string, number>} */
  const byPkg = new Map();
  /** @type {Map<number, HeapProfileNode>} */
  const nodes = new Map();
  /** @type {Map<number, number>} */
  const parentOf = new Map();
  /**
   * @param {HeapProfileNode} node
   * @param {number} [parent]  its parent's id
   */
  const index = (node, parent) => {
    nodes.set(node.id, node);
    if (parent !== undefined) parentOf.set(node.id, parent);
    for (const child of node.children ?? []) index(child, node.id);
  };
  index(profile.head);
  /** @type {Map<number, Frame>} */
  const frames = new Map();
  /** @param {number} id */
  const frameOf = (id) => {
    if (!frames.has(id)) frames.set(id, resolver.frame(getOrThrow(nodes, id).callFrame));
    return getOrThrow(frames, id);
  };
  const label = labeller(parentOf, frameOf);
  // Who called the allocating function: up to three of its callers, as module:line.
  /** @param {number} id */
  const callers = (id) => {
    /** @type {string[]} */
    const out = [];
    for (let p = parentOf.get(id); p !== undefined && out.length < 3; p = parentOf.get(p)) {
      const f = frameOf(p);
      if (f.pkg === '(native)' || SPECIAL.test(f.label)) continue;
      const where = `${f.module}:${f.line}`;
      if (out.at(-1) !== where) out.push(where);
    }
    return out.join(' ← ');
  };
  /** @type {Map<string, { chain: string, bytes: number }>} */
  const chainOf = new Map();
  let total = 0;
  for (const [id, node] of nodes) {
    if (!node.selfSize) continue;
    const f = label(id);
    total += node.selfSize;
    byLabel.set(f.label, (byLabel.get(f.label) ?? 0) + node.selfSize);
    byPkg.set(f.pkg, (byPkg.get(f.pkg) ?? 0) + node.selfSize);
    // The heaviest call path per function, to say where it was called from.
    const chain = callers(id);
    const best = chainOf.get(f.label);
    if (!best || best.bytes < node.selfSize) chainOf.set(f.label, { chain, bytes: node.selfSize });
  }
  return { total, byLabel, byPkg, chainOf };
}
