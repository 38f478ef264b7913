// Every primary document an area's facts cite, numbered once in order of first use, so the panel
// can mark each fact with a short [n] and list the documents once at the end.
import { portById } from '../data';
import type { Area, Fact, Source } from '../data/types';

type Cited = { source?: Source | null | undefined };

function factsOf(area: Area): Cited[] {
  return [
    area.approval,
    area.officialArea,
    area.divisions,
    area.positioning,
    ...area.history,
    ...area.industries.map((i) => i.fact),
    ...area.strategies.map((s) => s.evidence),
    ...area.ports.map((id) => ({ source: portById(id)?.source })),
  ];
}

export function citationsOf(area: Area): string[] {
  const out: string[] = [];
  for (const f of factsOf(area)) {
    const c = f.source?.citation;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The facts whose source is the same, in the order given, e.g. an area's industries. */
export function sharedFact<T>(facts: Fact<T>[]): Fact<T> | null {
  const [first, ...rest] = facts;
  if (!first) return null;
  const key = (f: Fact<T>) => (f.unsourced ? `u:${f.note ?? ''}` : `s:${f.source.citation}`);
  return rest.every((f) => key(f) === key(first)) ? first : null;
}
