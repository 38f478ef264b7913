// The seed prints measures 1–12 as digits and 13–25 as English words ("(Thirteen)", "(Twenty-five)").
// Reading both lets the parser number every measure the same way.

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "12" → 12, "Thirteen" → 13, "Twenty-five" → 25; anything else → null. */
export function readNumber(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const words = token.toLowerCase().split('-');
  if (words.length === 1) {
    const unit = UNITS.indexOf(words[0] ?? '');
    if (unit >= 0) return unit;
    const tens = TENS.indexOf(words[0] ?? '');
    return tens >= 2 ? tens * 10 : null;
  }
  if (words.length === 2) {
    const tens = TENS.indexOf(words[0] ?? '');
    const unit = UNITS.indexOf(words[1] ?? '');
    if (tens >= 2 && unit >= 1 && unit <= 9) return tens * 10 + unit;
  }
  return null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Section numerals as printed ("I", "II", "III", "4", "5") → 1, 2, 3, 4, 5; invalid → null. */
export function readSectionNumeral(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  if (!/^[IVXL]+$/.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const value = ROMAN[token[i] ?? ''] ?? 0;
    const next = ROMAN[token[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
