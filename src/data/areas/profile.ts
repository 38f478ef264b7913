// What each area module states by hand. The rest of an Area (order, name, point, precision,
// missing parts, strategies, ports) is derived from areas.geo.json, strategies.ts and ports.json.

import type { IndustryId } from '../industries';
import type {
  ApprovalInput,
  AreaId,
  AreaIndustry,
  Bilingual,
  CountyDivision,
  Fact,
  OfficialArea,
} from '../types';

export type AreaProfile = {
  id: AreaId;
  /** The plan's own English form, from its preamble list. */
  planName: string;
  province: Bilingual;
  approval: Fact<ApprovalInput>;
  officialArea: Fact<OfficialArea>;
  divisions: Fact<CountyDivision[]>;
  /** Said after the outline's precision sentence (see Area.outlineNote). */
  outlineNote?: Bilingual;
  positioning: Fact<Bilingual>;
  industries: AreaIndustry[];
  history: Fact<string>[];
};

/** A county-level division: Chinese name, English name, prefecture (zh, en), coverage. */
export function division(
  zh: string,
  en: string,
  prefecture: [zh: string, en: string],
  coverage: 'whole' | 'partial',
  note?: string,
): CountyDivision {
  const base = { name: { en, zh }, prefecture: { zh: prefecture[0], en: prefecture[1] }, coverage };
  return note === undefined ? base : { ...base, note };
}

/** Leading industries sharing one source: [taxonomy id, label zh, label en, further ids it takes in]. */
export function industriesFrom(
  fact: Fact<true>,
  list: [IndustryId, string, string, IndustryId[]?][],
): AreaIndustry[] {
  return list.map(([industry, zh, en, includes]) =>
    includes?.length
      ? { industry, includes, label: { en, zh }, fact }
      : { industry, label: { en, zh }, fact },
  );
}

export const TRANSLATION_NOTE = "English: the project's own translation of the Chinese wording.";
