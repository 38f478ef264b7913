// @vitest-environment node
// The bench's source-map reader on a real map: a tiny two-module build made by Vite, as the bench's
// builds are, minified, with a multi-line template literal like MapLibre's shaders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceMap } from '../../scripts/bench/sourcemap.mjs';

const SOURCES = {
  'shader.js': `export function shader(precision) {
  return \`precision \${precision} float;
void main() {
  gl_FragColor = vec4(1.0);
}\`;
}
`,
  'main.js': [
    "import { shader } from './shader.js';",
    '',
    "console.log(shader('highp'), shader('lowp'));",
    '',
  ].join('\n'),
};

let dir = '';
let code = '';
let map: SourceMap;
let mapDir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemap-'));
  for (const [name, text] of Object.entries(SOURCES)) fs.writeFileSync(path.join(dir, name), text);
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, sourcemap: 'hidden', rolldownOptions: { input: path.join(dir, 'main.js') } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]?.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk?.map) throw new Error('the build made no source-mapped chunk');
  code = chunk.code;
  map = new SourceMap(JSON.parse(chunk.map.toString()));
  mapDir = path.join(dir, 'dist', path.dirname(chunk.fileName));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 0-based line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, column: (before.at(-1) ?? '').length };
}

const fileOf = (source: string) => path.relative(dir, path.resolve(mapDir, source));

describe('SourceMap', () => {
  it('finds the original line, column and name of generated code', () => {
    const call = positionOf(code, 'console.log');
    const pos = map.lookup(call.line, call.column);
    expect(pos && { ...pos, source: fileOf(pos.source) }).toEqual({
      source: 'main.js',
      ...positionOf(SOURCES['main.js'], 'console.log'),
      name: null,
    });
    // The minified function's name maps back to the one in the source.
    const name = positionOf(code, 'function ');
    const declared = map.lookup(name.line, name.column + 'function '.length);
    expect(declared && { ...declared, source: fileOf(declared.source) }).toEqual({
      source: 'shader.js',
      ...positionOf(SOURCES['shader.js'], 'shader('),
      name: 'shader',
    });
  });

  it('answers for a column between mappings with the mapping before it, and null off the code', () => {
    const at = positionOf(code, 'console.log');
    expect(map.lookup(at.line, at.column + 2)).toEqual(map.lookup(at.line, at.column));
    expect(map.lookup(code.split('\n').length + 5, 0)).toBeNull();
  });

  it('splits the code among its sources, every character once', () => {
    const parts = map.split(code);
    const textOf = (file: string) =>
      [...parts]
        .filter(([source]) => source !== null && fileOf(source) === file)
        .flatMap(([, pieces]) => pieces)
        .join('');
    // The template literal's inner lines have no mapping of their own: they still belong to shader.js.
    expect(textOf('shader.js')).toContain('gl_FragColor = vec4(1.0);');
    expect(textOf('shader.js')).not.toContain('console.log');
    expect(textOf('main.js')).toContain('console.log');
    const chars = (text: string) => text.replace(/\n/g, '').length;
    expect(chars([...parts.values()].flat().join(''))).toBe(chars(code));
  });
});
