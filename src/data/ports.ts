// The hub ports of measure (13), typed from ports.json (shared with the geo pipeline).

import raw from './ports.json';
import { AREA_IDS, type AreaId, type Port } from './types';

function toAreaId(id: string): AreaId {
  const found = AREA_IDS.find((a) => a === id);
  if (!found) throw new Error(`ports.json: unknown area id "${id}"`);
  return found;
}

export const ports: readonly Port[] = raw.ports.map((p) => ({
  id: p.id,
  planName: p.plan_name,
  name: { en: p.name_en, zh: p.name_zh },
  areaId: toAreaId(p.area_id),
  lon: p.lon,
  lat: p.lat,
  approximate: p.approximate,
  source: p.source === null ? null : { citation: p.source },
  note: p.note,
}));

export function portById(id: string): Port | undefined {
  return ports.find((p) => p.id === id);
}
