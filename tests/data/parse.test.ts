import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/data';
import { parsePlan } from '../../src/data/plan/parse';

const SEED = readFileSync(resolve(__dirname, '../../seeds/action-plan-2024.en.txt'), 'utf8');
const lines = SEED.split('\n');

/** The seed with some lines (1-based numbers) removed or rearranged. */
function withLines(edit: (copy: string[]) => void): string {
  const copy = [...lines];
  edit(copy);
  return copy.join('\n');
}
const lineOf = (printed: string) => lines.findIndex((l) => l.startsWith(`${printed} `));

describe('parsePlan on the seed', () => {
  const parsed = parsePlan(SEED);

  it('is what virtual:plan serves', () => {
    expect(plan).toEqual(parsed);
  });

  it('reads the metadata', () => {
    expect(parsed.title).toBe('Action Plan to Promote High-Quality Construction of National-Level New Areas');
    expect(parsed.publishedTitle.en).toBe(
      'Action Plan for Promoting the High-Quality Construction of National-Level New Areas',
    );
    expect(parsed.publishedTitle.zh).toBe('促进国家级新区高质量建设行动计划');
    expect(parsed.issuer).toMatch(/NDRC/);
    expect(parsed.releaseDate).toBe('2024-03-18');
    expect(parsed.releaseDatePrinted).toBe('2024-03-18 16:38');
    expect(parsed.dateNote).toContain('2024-03-18 16:38');
    expect(parsed.dateNote).toContain('2024-03-15');
    expect(parsed.preamble).toMatch(/^National-level new areas \(hereinafter/);
    expect(parsed.preamble).toContain('Jiangxi Ganjiang New Area.');
  });

  it('has 25 measures numbered 1–25 in 5 sections', () => {
    expect(parsed.measures.map((m) => m.n)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(parsed.sections.map((s) => [s.numeral, s.measures])).toEqual([
      ['I.', []],
      ['II.', [1, 2, 3, 4, 5, 6, 7]],
      ['III.', [8, 9, 10, 11, 12, 13, 14, 15]],
      ['4.', [16, 17, 18, 19, 20, 21]],
      ['5.', [22, 23, 24, 25]],
    ]);
    expect(parsed.sections.map((s) => s.title)).toEqual([
      'Overall Requirements',
      'Enhance the Technological and Industrial Competitiveness of New Areas',
      'Multiple Measures to Expand Effective Demand',
      'Support new districts in deepening reforms in key areas.',
      'Strengthen overall coordination and organizational implementation.',
    ]);
    for (const m of parsed.measures) {
      expect(parsed.sections[m.section - 1]?.measures).toContain(m.n);
    }
  });

  it('keeps section I as body text without measures', () => {
    const first = parsed.sections[0];
    expect(first?.body).toHaveLength(1);
    expect(first?.body[0]).toMatch(/^Guided by Xi Jinping Thought/);
  });

  it('numbers (Thirteen) as 13 and keeps the printed form', () => {
    const m13 = parsed.measures[12];
    expect(m13?.n).toBe(13);
    expect(m13?.printed).toBe('(Thirteen)');
    expect(parsed.measures[24]?.printed).toBe('(Twenty-five)');
    expect(parsed.measures[11]?.printed).toBe('(12)');
  });

  it('gives each measure its lead sentence', () => {
    expect(parsed.measures[0]?.lead).toBe('Strengthen the source function of technological innovation.');
    expect(parsed.measures[2]?.lead).toBe(
      "Consolidate and enhance the competitive advantages of new areas' industries worth hundreds of billions and leading industries.",
    );
    for (const m of parsed.measures) {
      expect(m.text.startsWith(m.lead)).toBe(true);
      expect(m.lead).toMatch(/\.$/);
    }
  });

  it('slices every measure verbatim from the seed at its offset', () => {
    for (const m of parsed.measures) {
      expect(SEED.slice(m.offset, m.offset + m.text.length)).toBe(m.text);
    }
  });

  it('reproduces the seed measure paragraphs exactly with the printed numbers', () => {
    const paragraphs = lines.filter((l) => /^\((\d+|[A-Z][a-z]+(-[a-z]+)?)\) /.test(l));
    expect(paragraphs).toHaveLength(25);
    expect(parsed.measures.map((m) => `${m.printed} ${m.text}`)).toEqual(paragraphs);
    // Between the first and the last measure the seed holds only measures and section headings.
    const first = parsed.measures[0];
    const last = parsed.measures[24];
    if (!first || !last) throw new Error('missing measures');
    const block = SEED.slice(first.offset - first.printed.length - 1, last.offset + last.text.length);
    const headings = new Set(parsed.sections.map((s) => `${s.numeral} ${s.title}`));
    expect(block.split('\n').filter((l) => !headings.has(l))).toEqual(paragraphs);
  });

  it('leaves out the page-scrape lines', () => {
    const everything = JSON.stringify(parsed);
    expect(everything).not.toContain('Related News');
    expect(everything).not.toContain('Related Downloads');
    expect(everything).not.toContain('undefined');
    expect(parsed.measures[24]?.text).toMatch(/reporting major matters promptly\.$/);
  });

  it('accepts CRLF line endings', () => {
    const crlf = parsePlan(SEED.replaceAll('\n', '\r\n'));
    expect(crlf.measures.map((m) => m.text)).toEqual(parsed.measures.map((m) => m.text));
  });
});

describe('parsePlan on damaged copies of the seed', () => {
  const source = 'seeds/action-plan-2024.en.txt';

  it('names the place where a measure is missing', () => {
    const text = withLines((c) => c.splice(lineOf('(Thirteen)'), 1));
    expect(() => parsePlan(text)).toThrow(
      `${source}: after measure (12) expected (13) but found (Fourteen) at line 24`,
    );
  });

  it('names the place where two measures are swapped', () => {
    const i = lineOf('(4)');
    const text = withLines((c) => {
      const [a, b] = [c[i], c[i + 1]];
      if (a === undefined || b === undefined) throw new Error('bad fixture');
      c[i] = b;
      c[i + 1] = a;
    });
    expect(() => parsePlan(text)).toThrow(
      `${source}: after measure (3) expected (4) but found (5) at line 14`,
    );
  });

  it('names a section whose measures were removed', () => {
    const from = lineOf('(Sixteen)');
    const text = withLines((c) => c.splice(from, 6));
    expect(() => parsePlan(text)).toThrow(
      `${source}: section 4. "Support new districts in deepening reforms in key areas." has no measures (next: line 28)`,
    );
  });

  it('names a duplicated number', () => {
    const i = lineOf('(12)');
    const text = withLines((c) => c.splice(i + 1, 0, c[i] ?? ''));
    expect(() => parsePlan(text)).toThrow(
      `${source}: after measure (12) expected (13) but found (12) (a duplicate of measure 12) at line 24`,
    );
  });

  it('notices a missing last measure', () => {
    const text = withLines((c) => c.splice(lineOf('(Twenty-five)'), 1));
    expect(() => parsePlan(text)).toThrow(`${source}: expected 25 measures but found 24`);
  });

  it('notices a section heading out of order', () => {
    const text = withLines((c) => {
      const i = c.indexOf('4. Support new districts in deepening reforms in key areas.');
      c[i] = '5. Support new districts in deepening reforms in key areas.';
    });
    expect(() => parsePlan(text)).toThrow(`${source}: expected section 4 but found "5." at line 27`);
  });

  it('names an unreadable measure number', () => {
    const text = withLines((c) => {
      const i = lineOf('(Fifteen)');
      c[i] = (c[i] ?? '').replace('(Fifteen)', '(Fiveteen)');
    });
    expect(() => parsePlan(text)).toThrow(`${source}: cannot read the measure number (Fiveteen) at line 26`);
  });

  it('uses the source name it is given', () => {
    expect(() => parsePlan('', { source: 'elsewhere.txt' })).toThrow(/^elsewhere\.txt: /);
  });
});
