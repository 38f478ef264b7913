// The outline's precision in words: how the drawn shape relates to the real area.

import { formatNumber, type Lang, t } from '../i18n/strings';
import { km2Figure } from './area-text';
import geoInputs from './areas.geo.json';
import { outlineOf } from './outlines';
import type { Area } from './types';

/** From this ratio on, an exact outline's excess is worth a sentence. */
const LARGER = 1.15;

/** `divisions` are those the outline is drawn from; `listed`, all the area lies in (incl. parts too small to draw). */
export type OutlineFacts = {
  divisions: number;
  listed: number;
  outlineKm2: number;
  officialKm2: number;
  ratio: number;
};

export function outlineFacts(area: Area): OutlineFacts {
  const parts = geoInputs.areas.find((a) => a.id === area.id)?.parts ?? [];
  const outlineKm2 = outlineOf(area.id).km2;
  const officialKm2 = area.officialArea.value.landKm2;
  return {
    divisions: parts.reduce((n, p) => n + p.names.length, 0),
    listed: area.divisions.value.length,
    outlineKm2,
    officialKm2,
    ratio: Math.round((outlineKm2 / officialKm2) * 10) / 10,
  };
}

/** The precision sentence, then the area's outline note if it has one (Binhai's 2006 scope). */
export function outlineSentence(area: Area, lang: Lang): string {
  const sentence = precisionSentence(area, lang);
  return area.outlineNote ? joinSentences(sentence, area.outlineNote[lang], lang) : sentence;
}

/** Two sentences as the language writes them: "a. b" / "甲。乙". */
function joinSentences(a: string, b: string, lang: Lang): string {
  if (lang === 'zh') return /[。.]$/.test(a) ? `${a}${b}` : `${a}。${b}`;
  return /\.$/.test(a) ? `${a} ${b}` : `${a}. ${b}`;
}

function precisionSentence(area: Area, lang: Lang): string {
  const f = outlineFacts(area);
  const vars = {
    n: f.divisions,
    m: f.listed,
    outline: formatNumber(f.outlineKm2, lang),
    // "about 803" where the source gives the figure as approximate.
    official: km2Figure(f.officialKm2, area.officialArea.value.landApprox, lang),
    ratio: formatNumber(f.ratio, lang, 1),
  };
  if (area.precision === 'approximate') {
    return t(lang, f.listed > f.divisions ? 'outlineApproxSome' : 'outlineApprox', vars);
  }
  const exact = t(lang, f.divisions === 1 ? 'outlineExactOne' : 'outlineExact', vars);
  // An exact outline can still be drawn larger than the official figure (Pudong, Binhai): say so.
  return f.ratio >= LARGER ? joinSentences(exact, t(lang, 'outlineLarger', vars), lang) : exact;
}
