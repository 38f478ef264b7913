// A value from a link or a file, named in the app's words, cannot reorder them: its direction controls
// are dropped. It stays on one line and short, cut at whole characters.
import { describe, expect, it } from 'vitest';
import { quoteValue, withoutDirectionControls } from '../../src/i18n/quote';
import { parseUrl } from '../../src/store/url';

const RLO = '\u202e';

describe('quoteValue', () => {
  it('drops every direction control (embeddings, overrides, isolates, marks)', () => {
    const controls = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(quoteValue(`a${controls}b`)).toBe('ab');
    expect(withoutDirectionControls(`${RLO}Your data is ok`)).toBe('Your data is ok');
  });

  it('keeps right-to-left letters themselves', () => {
    expect(quoteValue('שלום')).toBe('שלום');
  });

  it('is flat and short, cut at whole characters', () => {
    expect(quoteValue('a\nb')).toBe('a b');
    expect(quoteValue('y'.repeat(50))).toHaveLength(41);
    const astral = quoteValue('𠀀'.repeat(50)); // outside the BMP: two UTF-16 units each
    expect([...astral]).toHaveLength(41);
    expect(astral.endsWith('𠀀…')).toBe(true);
  });

  it('keeps a link from turning its notice around', () => {
    const { notices } = parseUrl(`?area=${encodeURIComponent(`${RLO}ko si atad ruoY`)}`);
    expect(notices).toEqual(['Ignored area=ko si atad ruoY: no such area.']);
  });
});
