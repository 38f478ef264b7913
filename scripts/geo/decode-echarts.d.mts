export function decodeRing(
  encoded: string,
  offset: [number, number] | number[],
  scale?: number,
): [number, number][];
export function decodeEchartsGeoJson<T extends { UTF8Encoding?: boolean; features: unknown[] }>(json: T): T;
