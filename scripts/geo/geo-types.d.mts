// Shared shapes for the .d.mts declarations of the pipeline's pure modules.
export type Position = [number, number] | number[];
export type Ring = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type Polygonal = PolygonGeometry | MultiPolygonGeometry;
export interface PolygonFeature {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: Polygonal;
}
export interface AreaPart {
  file: string;
  names: string[];
  partial: boolean;
}
export interface AreaConfig {
  id: string;
  order?: number;
  name_en: string;
  name_zh: string;
  official_km2: number;
  point: { lon: number; lat: number };
  parts: AreaPart[];
  missing_parts?: string[];
}
export interface PortConfig {
  id: string;
  plan_name: string;
  name_en: string;
  name_zh: string;
  area_id: string;
  lon: number;
  lat: number;
  approximate: boolean;
  source: string | null;
  note?: string;
}
