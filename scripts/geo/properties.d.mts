import type { AreaConfig, PortConfig } from './geo-types.d.mts';

export const AREA_KEYS: string[];
export const PROVINCE_KEYS: string[];
export const PORT_KEYS: string[];
export interface AreaProperties {
  id: string;
  name_en: string;
  name_zh: string;
  precision: 'exact' | 'approximate';
  official_km2: number;
  outline_km2: number;
  ratio: number;
}
export interface PortProperties {
  id: string;
  plan_name: string;
  name_en: string;
  name_zh: string;
  area_id: string;
  approximate: boolean;
  source: string;
  distance_km: number;
}
export function precisionOf(area: Pick<AreaConfig, 'parts' | 'missing_parts'>): 'exact' | 'approximate';
export function areaProperties(area: AreaConfig, outlineKm2: number): AreaProperties;
export function portProperties(port: PortConfig, distanceKm: number): PortProperties;
