// Finds phrases in a text on word boundaries, longest first at any place: a pure function shared
// by the name links and the strategy links.

export type Found<T> = { entry: T; start: number; end: number };

// A hyphen or apostrophe joins words ("Beijing-Tianjin-Hebei", "Gui'an"), so it is not a boundary.
const WORD_CHAR = /[\p{L}\p{N}'-]/u;

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD_CHAR.test(ch);
}

export function findPhrases<T extends { text: string }>(text: string, entries: readonly T[]): Found<T>[] {
  const candidates: Found<T>[] = [];
  for (const entry of entries) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(entry.text, from);
      if (start === -1) break;
      const end = start + entry.text.length;
      const first = entry.text[0] ?? '';
      const last = entry.text.at(-1) ?? '';
      // Only check a boundary where the phrase itself starts or ends with a word character.
      const leftOk = !WORD_CHAR.test(first) || isBoundary(text, start - 1);
      const rightOk = !WORD_CHAR.test(last) || isBoundary(text, end);
      if (leftOk && rightOk) candidates.push({ entry, start, end });
      from = start + 1;
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found<T>[] = [];
  for (const c of candidates) {
    const last = kept.at(-1);
    if (last && c.start < last.end) continue; // overlaps a longer or earlier match
    kept.push(c);
  }
  return kept;
}
