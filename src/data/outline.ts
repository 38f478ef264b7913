// The outline's precision in words: how the drawn shape relates to the real area.

import { formatNumber, type Lang, t } from '../i18n/strings';
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

export function outlineSentence(area: Area, lang: Lang): string {
  const f = outlineFacts(area);
  const vars = {
    n: f.divisions,
    m: f.listed,
    outline: formatNumber(f.outlineKm2, lang),
    official: formatNumber(f.officialKm2, lang),
    ratio: formatNumber(f.ratio, lang, 1),
  };
  if (area.precision === 'approximate') {
    return t(lang, f.listed > f.divisions ? 'outlineApproxSome' : 'outlineApprox', vars);
  }
  const exact = t(lang, f.divisions === 1 ? 'outlineExactOne' : 'outlineExact', vars);
  // An exact outline can still be drawn larger than the official figure (Pudong, Binhai): say so.
  return f.ratio >= LARGER ? `${exact}. ${t(lang, 'outlineLarger', vars)}` : exact;
}
