// How an area's founding document and its official figure read, in either language, so the panel
// and any one-line use (slides, handouts) say them the same way: the document by its kind (批复,
// 意见, 通知), and a figure its source gives as approximate as "about" / "约".

import { formatNumber, type Lang, type StringKey, t } from '../i18n/strings';
import type { ApprovalInput, FoundingKind, OfficialArea } from './types';

const KIND_KEY = {
  reply: 'foundingReply',
  opinion: 'foundingOpinion',
  notice: 'foundingNotice',
} as const satisfies Record<FoundingKind, StringKey>;

/** "State Council reply" / "国务院批复", "State Council opinion" / "国务院意见", … */
export function foundingKindName(kind: FoundingKind, lang: Lang): string {
  return t(lang, KIND_KEY[kind]);
}

/** The document in one language-neutral phrase (Approval.document): its number, else its title, else
 * what kind of document it is, saying the number was not confirmed. */
export function documentOf(a: ApprovalInput): string {
  return a.number ?? a.title ?? t('en', 'approvalUnnumbered', { kind: foundingKindName(a.kind, 'en') });
}

/** The founding document named by its kind: "State Council reply 国函〔2015〕217号",
 * "国务院意见 《…》（国发〔2006〕20号）", "国务院批复（文号未经核实）". */
export function approvalText(a: ApprovalInput, lang: Lang): string {
  const kind = foundingKindName(a.kind, lang);
  const doc =
    a.title && a.number
      ? t(lang, 'approvalTitled', { title: a.title, number: a.number })
      : (a.title ?? a.number);
  return doc ? t(lang, 'approvalDocument', { kind, doc }) : t(lang, 'approvalUnnumbered', { kind });
}

/** A figure in km² as its source gives it: "803" or "about 803" / "约803". */
export function km2Figure(value: number, approx: boolean | undefined, lang: Lang): string {
  const n = formatNumber(value, lang);
  return approx ? t(lang, 'about', { n }) : n;
}

/** The official area with its unit: "about 2,096 km² land, about 5,000 km² sea" / "规划面积" figures. */
export function officialAreaText(a: OfficialArea, lang: Lang): string {
  const land = km2Figure(a.landKm2, a.landApprox, lang);
  return a.seaKm2 === undefined
    ? t(lang, 'land', { land })
    : t(lang, 'landSea', { land, sea: km2Figure(a.seaKm2, a.seaApprox, lang) });
}

/** The figure's label: a planning area (规划面积) only where the source calls it one, else the area (面积). */
export function officialAreaLabel(a: OfficialArea): 'officialAreaPlanning' | 'officialArea' {
  return a.planning ? 'officialAreaPlanning' : 'officialArea';
}
