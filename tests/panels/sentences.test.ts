// @vitest-environment node
// Splitting a measure into sentences keeps every character, so the panel can mark the sentences that
// name an area and still show the text exactly as published.
import { describe, expect, it } from 'vitest';
import { areas, linksForMeasure, measuresForArea, plan } from '../../src/data';
import { sentencesHit, splitSentences } from '../../src/panels/sentences';

describe('splitSentences', () => {
  it('keeps every character of all 25 measures: the pieces join back into the text', () => {
    expect(plan.measures).toHaveLength(25);
    for (const m of plan.measures) {
      const parts = splitSentences(m.text);
      expect(parts.map((p) => p.text).join(''), `(${m.n})`).toBe(m.text);
      // Contiguous, non-empty, and each piece is the slice its offsets say.
      let at = 0;
      for (const p of parts) {
        expect(p.start, `(${m.n})`).toBe(at);
        expect(p.end).toBeGreaterThan(p.start);
        expect(m.text.slice(p.start, p.end)).toBe(p.text);
        at = p.end;
      }
      expect(at).toBe(m.text.length);
    }
  });

  it('splits at sentence ends, keeping the space with the sentence before', () => {
    const text = 'First one. Second; "Third." Fourth (5) ends';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual(['First one. ', 'Second; ', '"Third." ', 'Fourth (5) ends']);
  });

  it('leaves a text with no sentence end whole, and an empty text empty', () => {
    expect(splitSentences('no end here')).toEqual([{ start: 0, end: 11, text: 'no end here' }]);
    expect(splitSentences('')).toEqual([]);
  });

  it('splits real measures into several sentences', () => {
    const counts = plan.measures.map((m) => splitSentences(m.text).length);
    expect(counts.filter((n) => n > 1).length).toBeGreaterThan(20);
  });

  it('never cuts a name the plan uses in two: each match lies inside one sentence', () => {
    for (const m of plan.measures) {
      const parts = splitSentences(m.text);
      for (const link of linksForMeasure(m.n).names) {
        for (const match of link.matches) {
          const holding = parts.filter((p) => p.start <= match.start && match.end <= p.end);
          expect(holding, `(${m.n}) ${match.alias}`).toHaveLength(1);
        }
      }
    }
  });
});

describe('sentencesHit', () => {
  const parts = splitSentences('Aa aa. Bb bb. Cc cc.');

  it('marks the sentences a range overlaps, and only those', () => {
    expect([...sentencesHit(parts, [{ start: 7, end: 9 }])]).toEqual([1]);
    expect([...sentencesHit(parts, [{ start: 4, end: 9 }])].sort()).toEqual([0, 1]);
    expect([...sentencesHit(parts, [])]).toEqual([]);
    // A range that ends where a sentence starts does not touch it.
    expect([...sentencesHit(parts, [{ start: 0, end: 7 }])]).toEqual([0]);
  });

  it('marks, for every area, only part of each measure that names it', () => {
    for (const a of areas) {
      for (const link of measuresForArea(a.id).named) {
        const m = plan.measures.find((x) => x.n === link.measure);
        if (!m) throw new Error(`no measure ${link.measure}`);
        const s = splitSentences(m.text);
        const hit = sentencesHit(s, link.matches);
        expect(hit.size, `${a.id} (${m.n})`).toBeGreaterThan(0);
        for (const match of link.matches) {
          const marked = [...hit].map((i) => s[i]?.text ?? '').join(' ');
          expect(marked).toContain(m.text.slice(match.start, match.end));
        }
      }
    }
  });
});
