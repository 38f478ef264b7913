// Typed access to areas.geo.json, the geometry inputs shared with the geo pipeline (scripts/geo).
// The profiles read the official area, the representative point and the parts from here, so
// each value lives in one place.

import raw from './areas.geo.json';
import { AREA_IDS, type AreaId, type Precision } from './types';

export type GeoPart = { file: string; names: string[]; partial: boolean };
export type GeoInput = {
  id: AreaId;
  order: number;
  name_en: string;
  name_zh: string;
  short_en: string;
  short_zh: string;
  official_km2: number;
  point: { lon: number; lat: number };
  parts: GeoPart[];
  missing_parts: string[];
};

function isKnownId(id: string): id is AreaId {
  return (AREA_IDS as readonly string[]).includes(id);
}

export const geoInputs: readonly GeoInput[] = raw.areas.map((a) => {
  if (!isKnownId(a.id)) throw new Error(`areas.geo.json: unknown area id "${a.id}"`);
  return { ...a, id: a.id };
});

export function geoInput(id: AreaId): GeoInput {
  const found = geoInputs.find((g) => g.id === id);
  if (!found) throw new Error(`areas.geo.json has no entry for "${id}"`);
  return found;
}

/** The land area the profile shows: kept in areas.geo.json so the map and the panel agree. */
export function officialKm2(id: AreaId): number {
  return geoInput(id).official_km2;
}

/** Exact only when the outline is made of whole divisions with nothing below county level missing. */
export function precisionOf(input: GeoInput): Precision {
  const whole = input.parts.every((p) => !p.partial);
  return whole && input.missing_parts.length === 0 ? 'exact' : 'approximate';
}
