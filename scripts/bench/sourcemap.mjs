// Just enough of the source map format (v3) for the benchmark: decode `mappings`, find the original
// position of a generated one, and split a generated file's bytes among its sources. Written out
// rather than depending on a package the project does not declare.
const B64 = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

/** lines[genLine] = segments [genCol, source, line, col, name?], sorted by genCol. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let line = 0;
  let col = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let genCol = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of seg) {
        const digit = B64.get(c);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += fields[0];
      if (fields.length === 1) {
        segments.push([genCol, -1, 0, 0, -1]);
        continue;
      }
      source += fields[1];
      line += fields[2];
      col += fields[3];
      if (fields.length > 4) name += fields[4];
      segments.push([genCol, source, line, col, fields.length > 4 ? name : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

export class SourceMap {
  constructor(json) {
    this.sources = json.sources;
    this.names = json.names ?? [];
    this.lines = decodeMappings(json.mappings);
  }

  /** Original position of a generated 0-based line and column, or null. */
  lookup(line, column) {
    const segs = this.lines[line];
    if (!segs?.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    if (segs[0][0] > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const s = segs[lo];
    if (s[1] < 0) return null;
    return {
      source: this.sources[s[1]],
      line: s[2],
      column: s[3],
      name: s[4] >= 0 ? this.names[s[4]] : null,
    };
  }

  /**
   * The generated code's characters, grouped by the source each run of them came from (null: no
   * source). A line with no mapping inside one module — a multi-line template literal, such as
   * MapLibre's shaders — belongs to that module; other unmapped text stays unmapped.
   */
  split(code) {
    const text = new Map();
    const codeLines = code.split('\n');
    const sourceAt = (i, last) => {
      const segs = this.lines[i] ?? [];
      const s = last ? segs[segs.length - 1] : segs[0];
      return s && s[1] >= 0 ? s[1] : -1;
    };
    let prev = -1;
    codeLines.forEach((lineText, i) => {
      const segs = this.lines[i] ?? [];
      if (segs.length === 0) {
        let next = -1;
        for (let j = i + 1; j < codeLines.length && next < 0; j++) {
          if ((this.lines[j] ?? []).length) next = sourceAt(j, false);
        }
        append(text, prev >= 0 && prev === next ? this.sources[prev] : null, `${lineText}\n`);
        return;
      }
      const first = segs[0][1];
      append(text, prev >= 0 && prev === first ? this.sources[prev] : null, lineText.slice(0, segs[0][0]));
      segs.forEach((s, j) => {
        const end = j + 1 < segs.length ? segs[j + 1][0] : lineText.length;
        append(text, s[1] >= 0 ? this.sources[s[1]] : null, lineText.slice(s[0], end));
      });
      prev = sourceAt(i, true);
    });
    return text;
  }
}

function append(map, key, piece) {
  if (!piece) return;
  const list = map.get(key);
  if (list) list.push(piece);
  else map.set(key, [piece]);
}
