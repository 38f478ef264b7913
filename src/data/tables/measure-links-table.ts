// measure-links.csv: every link between a measure and an area, one row each, in the three kinds the
// UI keeps apart (a measure names the area, addresses every new area, or reaches it through a
// strategy), with the phrase of the plan that makes the link.
import { areas } from '../areas';
import { measuresForArea } from '../index';
import type { AreaId } from '../types';
import { type Cell, joinList, toCsv } from './csv';

export const LINK_COLUMNS = ['measure', 'area', 'name_en', 'name_zh', 'link_kind', 'phrase'] as const;

export type LinkKind = 'names' | 'every-area' | 'through-strategy';

export type LinkRow = { measure: number; area: AreaId; kind: LinkKind; phrase: string };

/** Each area's links, by measure number and then in approval order. */
export function measureLinks(): LinkRow[] {
  const rows = areas.flatMap((area): LinkRow[] => {
    const m = measuresForArea(area.id);
    return [
      ...m.named.map((l) => ({
        measure: l.measure,
        area: area.id,
        kind: 'names' as const,
        phrase: joinList([...new Set(l.matches.map((x) => x.alias))]),
      })),
      ...m.throughStrategy.map((l) => ({
        measure: l.measure,
        area: area.id,
        kind: 'through-strategy' as const,
        phrase: joinList([...new Set(l.strategies.map((s) => s.matched))]),
      })),
      ...m.every.map((l) => ({
        measure: l.measure,
        area: area.id,
        kind: 'every-area' as const,
        phrase: l.evidence,
      })),
    ];
  });
  const order = new Map(areas.map((a, i) => [a.id, i]));
  return rows.sort((a, b) => a.measure - b.measure || (order.get(a.area) ?? 0) - (order.get(b.area) ?? 0));
}

/** The text of measure-links.csv. */
export function measureLinksCsv(): string {
  const name = new Map(areas.map((a) => [a.id, a.name]));
  const cells = (r: LinkRow): Cell[] => [
    r.measure,
    r.area,
    name.get(r.area)?.en,
    name.get(r.area)?.zh,
    r.kind,
    r.phrase,
  ];
  return toCsv(LINK_COLUMNS, measureLinks().map(cells));
}
