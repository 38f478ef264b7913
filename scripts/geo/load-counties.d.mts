import type { MultiPolygonGeometry } from './geo-types.d.mts';

export interface County {
  file: string;
  name: string;
  adcode: string;
  province: string;
  geometry: MultiPolygonGeometry;
}
export function readJson(file: string, what?: string): unknown;
export function loadCounties(inputs: { countiesDir: string; jixianFix: string }): {
  byFile: Map<string, County[]>;
  stats: {
    files: number;
    encoded: string[];
    features: number;
    droppedRings: number;
    emptyFeatures: string[];
  };
};
