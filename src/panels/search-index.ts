// Type-ahead search over area names (EN/ZH and the plan's own forms), provinces, industries and the
// plan's aliases. Results are areas, each with the reason it matched, best first.
import { aliases, areas, industries } from '../data';
import type { AreaId } from '../data/types';

export type MatchKind = 'area' | 'province' | 'industry' | 'alias';
export type SearchResult = { id: AreaId; kind: MatchKind; matched: string };

type Entry = { id: AreaId; kind: MatchKind; text: string; key: string };

/** Lower case, no accents, no apostrophes or hyphens: "Gui'an" and "guian" meet. */
export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘\-–\s]+/g, '');
}

let index: Entry[] | null = null;
function buildIndex(): Entry[] {
  const out: Entry[] = [];
  const add = (id: AreaId, kind: MatchKind, text: string) =>
    out.push({ id, kind, text, key: normalise(text) });
  for (const a of areas) {
    add(a.id, 'area', a.name.en);
    add(a.id, 'area', a.name.zh);
    add(a.id, 'area', a.planName);
    add(a.id, 'province', a.province.en);
    add(a.id, 'province', a.province.zh);
    for (const ind of a.industries) {
      add(a.id, 'industry', ind.label.en);
      add(a.id, 'industry', ind.label.zh);
      const tax = industries.find((i) => i.id === ind.industry);
      if (tax) {
        add(a.id, 'industry', tax.name.en);
        add(a.id, 'industry', tax.name.zh);
      }
    }
  }
  for (const al of aliases) add(al.area, 'alias', al.text);
  return out;
}

const RANK: Record<MatchKind, number> = { area: 0, alias: 1, province: 2, industry: 3 };

export function search(query: string, limit = areas.length): SearchResult[] {
  const q = normalise(query);
  if (!q) return [];
  index ??= buildIndex();
  const best = new Map<AreaId, { r: SearchResult; score: number }>();
  for (const e of index) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    const score = RANK[e.kind] * 10 + (at === 0 ? 0 : 5);
    const prev = best.get(e.id);
    if (!prev || score < prev.score)
      best.set(e.id, { r: { id: e.id, kind: e.kind, matched: e.text }, score });
  }
  const order = (id: AreaId) => areas.findIndex((a) => a.id === id);
  return [...best.values()]
    .sort((a, b) => a.score - b.score || order(a.r.id) - order(b.r.id))
    .slice(0, limit)
    .map((x) => x.r);
}
