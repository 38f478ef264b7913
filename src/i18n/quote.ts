// How a value that came from outside (a link, an imported file) is shown inside the app's own words.
// Always as text (React escapes it); it is also kept from rearranging those words: `t` drops Unicode's
// explicit direction controls from every value it fills in. An RLO in a link had made "Ignored
// area=…: no such area." read as a sentence of the link's choosing.

// LRM, RLM, ALM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
const DIRECTION_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** The value without direction controls. */
export function withoutDirectionControls(v: string): string {
  return v.replace(DIRECTION_CONTROLS, '');
}

/** A value named in a message: without direction controls, on one line, at most 40 characters
 * (whole code points). */
export function quoteValue(v: string): string {
  const chars = [...withoutDirectionControls(v).replace(/\s+/g, ' ')];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}
