export function roundTo(x: number, decimals: number): number;
export function roundGeometry<G extends { type: string; coordinates: unknown }>(
  geometry: G,
  decimals: number,
): G;
export function featureCollectionText(
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[],
  opts: { keys: string[]; decimals: number },
): string;
export function decimalsOf(precision: number): number;
