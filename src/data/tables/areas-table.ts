// areas.csv: one row per area with the facts the panels show, for a spreadsheet. Every value comes
// from the typed domain (the same as on screen), never typed again here.
import { areas } from '../areas';
import { measuresForArea } from '../index';
import { industryById } from '../industries';
import { outlineFacts } from '../outline';
import { strategyById } from '../strategies';
import type { Area, Fact } from '../types';
import { type Cell, joinList, toCsv } from './csv';

export const AREA_COLUMNS = [
  'id',
  'name_en',
  'name_zh',
  'province_en',
  'province_zh',
  'approval_date',
  'approval_document',
  'document_number',
  'document_kind',
  'official_land_km2',
  'official_sea_km2',
  'outline_precision',
  'outline_km2',
  'outline_ratio',
  'strategies',
  'macro_region',
  'measures_naming',
  'industries_en',
  'industries_zh',
  'sources',
] as const;

/** A State Council document number (国函〔1992〕145号, 国发〔…〕…号) in the recorded text, if there is one. */
export function documentNumber(document: string): string {
  return /国[函发]〔\d{4}〕\d+号/.exec(document)?.[0] ?? '';
}

/** What kind of document made the area a national-level new area, from how the data records it. */
export function documentKind(document: string): string {
  // The notice first: Xiong'an's record says "(no 国函 number)".
  if (document.includes('通知')) return 'CPC Central Committee and State Council notice (通知)';
  if (document.includes('意见')) return 'State Council opinion (意见)';
  if (document.includes('国函') || document.startsWith('State Council reply'))
    return 'State Council reply (批复)';
  return 'other';
}

/** Each distinct primary source the area's facts cite, in the order the panel shows them. */
function sourcesOf(area: Area): string[] {
  const facts: Fact<unknown>[] = [
    area.approval,
    area.officialArea,
    area.divisions,
    area.positioning,
    ...area.industries.map((i) => i.fact),
    ...area.strategies.map((m) => m.evidence),
  ];
  return [...new Set(facts.flatMap((f) => (f.source ? [f.source.citation] : [])))];
}

export function areaRow(area: Area): Cell[] {
  const outline = outlineFacts(area);
  const byKind = (kind: 'regional-strategy' | 'macro-region') =>
    area.strategies.map((m) => m.strategy).filter((id) => strategyById(id)?.kind === kind);
  const industryName = (id: string, lang: 'en' | 'zh', label: string) =>
    industryById(id)?.name[lang] ?? label;
  return [
    area.id,
    area.name.en,
    area.name.zh,
    area.province.en,
    area.province.zh,
    area.approval.value.date,
    area.approval.value.document,
    documentNumber(area.approval.value.document),
    documentKind(area.approval.value.document),
    area.officialArea.value.landKm2,
    area.officialArea.value.seaKm2,
    area.precision,
    outline.outlineKm2,
    outline.ratio,
    joinList(byKind('regional-strategy')),
    joinList(byKind('macro-region')),
    joinList(measuresForArea(area.id).named.map((l) => l.measure)),
    joinList(area.industries.map((i) => industryName(i.industry, 'en', i.label.en))),
    joinList(area.industries.map((i) => industryName(i.industry, 'zh', i.label.zh))),
    joinList(sourcesOf(area)),
  ];
}

/** The text of areas.csv. */
export function areasCsv(): string {
  return toCsv(AREA_COLUMNS, areas.map(areaRow));
}
