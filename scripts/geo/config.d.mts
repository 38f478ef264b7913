export const ROOT: string;
export const OUT_DIR: string;
export const INPUTS: {
  areas: string;
  ports: string;
  outlines: string;
  countiesDir: string;
  jixianFix: string;
  worldCountries: string;
};
export const PACKAGES: string[];
export function packageVersion(name: string): string;
export const LODS: Record<'lo' | 'hi', { base: number; areas: number; precision: number }>;
export const NEIGHBOURS: { bbox: [number, number, number, number]; interval: number; precision: number };
export const CLEANUP: { fillHolesBelowKm2: number; dropInlandPartsBelowKm2: number };
export const PORT_MAX_KM: number;
export const FIRST_SCREEN: string[];
export const FIRST_SCREEN_BUDGET_GZIP: number;
