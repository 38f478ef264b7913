import type { AreaConfig } from './geo-types.d.mts';

export interface CountyRef {
  name: string;
  adcode: string;
  geometry?: { coordinates: unknown[] };
}
export interface ConstituentMatch<C extends CountyRef = CountyRef> {
  file: string;
  name: string;
  found: string;
  adcode: string;
  partial: boolean;
  county: C;
}
export function lookupConstituents<C extends CountyRef>(
  areas: Pick<AreaConfig, 'id' | 'parts'>[],
  aliases: Record<string, string> | undefined,
  byFile: Map<string, C[]>,
): Map<string, ConstituentMatch<C>[]>;
