// The benchmark's use of source maps (read by source-map-js): the original position of a generated
// one, and a generated file's text split among the sources it came from.
import { SourceMapConsumer } from 'source-map-js';

/** @typedef {import('source-map-js').RawSourceMap} RawSourceMap */
/** @typedef {{ source: string, line: number, column: number, name: string | null }} OriginalPosition */
/** @typedef {{ column: number, source: string | null }} Segment */

export class SourceMap {
  /** @type {Segment[][] | null} */
  #lines = null;

  /** @param {RawSourceMap} json */
  constructor(json) {
    this.consumer = new SourceMapConsumer(json);
  }

  /**
   * Per generated line (0-based), where each mapping starts and its source (null: none), in order.
   * Built on first use: the profile resolver only looks positions up.
   * @returns {Segment[][]}
   */
  get lines() {
    if (!this.#lines) {
      /** @type {Segment[][]} */
      const lines = [];
      this.consumer.eachMapping((m) => {
        const i = m.generatedLine - 1;
        lines[i] ??= [];
        lines[i].push({ column: m.generatedColumn, source: m.source });
      });
      this.#lines = lines;
    }
    return this.#lines;
  }

  /**
   * Original position (0-based line and column) of a generated 0-based line and column: that of the
   * nearest mapping at or before it on the same line; null if there is none or it names no source.
   * @param {number} line
   * @param {number} column
   * @returns {OriginalPosition | null}
   */
  lookup(line, column) {
    const pos = this.consumer.originalPositionFor({
      line: line + 1,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    // source-map-js answers with nulls where nothing maps (its types do not say so).
    if (pos.source == null) return null;
    return { source: pos.source, line: pos.line - 1, column: pos.column, name: pos.name ?? null };
  }

  /**
   * The generated code's characters, grouped by the source each run of them came from (null: no
   * source). A line with no mapping inside one module — a multi-line template literal, such as
   * MapLibre's shaders — belongs to that module; other unmapped text stays unmapped.
   * @param {string} code
   * @returns {Map<string | null, string[]>}
   */
  split(code) {
    /** @type {Map<string | null, string[]>} */
    const text = new Map();
    const codeLines = code.split('\n');
    /** @param {number} i */
    const segmentsOf = (i) => this.lines[i] ?? [];
    /** @param {number} i @param {boolean} last */
    const sourceAt = (i, last) => {
      const segs = segmentsOf(i);
      return (last ? segs.at(-1) : segs[0])?.source ?? null;
    };
    /** @type {string | null} */
    let prev = null;
    codeLines.forEach((lineText, i) => {
      const segs = segmentsOf(i);
      const [first] = segs;
      if (!first) {
        /** @type {string | null} */
        let next = null;
        for (let j = i + 1; j < codeLines.length && next === null; j++) {
          if (segmentsOf(j).length) next = sourceAt(j, false);
        }
        append(text, prev !== null && prev === next ? prev : null, `${lineText}\n`);
        return;
      }
      append(text, prev !== null && prev === first.source ? prev : null, lineText.slice(0, first.column));
      segs.forEach((s, j) => {
        append(text, s.source, lineText.slice(s.column, segs[j + 1]?.column ?? lineText.length));
      });
      prev = sourceAt(i, true);
    });
    return text;
  }
}

/**
 * @param {Map<string | null, string[]>} map
 * @param {string | null} key
 * @param {string} piece
 */
function append(map, key, piece) {
  if (!piece) return;
  const list = map.get(key);
  if (list) list.push(piece);
  else map.set(key, [piece]);
}
