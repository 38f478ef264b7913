// Splits a measure's verbatim text into sentences, keeping every character (the spaces stay with
// the sentence before), so the panel can emphasise the sentences that name an area and still show
// the text exactly as published.
export type Sentence = { start: number; end: number; text: string };

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A sentence ends at ". " (or .” / ." / ;) followed by a capital letter or a quote.
  const re = /[.;]["”]?\s+(?=["“A-Z(])/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** Indexes of the sentences that overlap any of the ranges. */
export function sentencesHit(sentences: Sentence[], ranges: { start: number; end: number }[]): Set<number> {
  const hit = new Set<number>();
  sentences.forEach((s, i) => {
    if (ranges.some((r) => r.start < s.end && r.end > s.start)) hit.add(i);
  });
  return hit;
}
