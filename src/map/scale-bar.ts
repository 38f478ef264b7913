// The scale bar's length and words: the longest round distance (1, 2, 3 or 5 × 10ⁿ) that fits in
// `maxPx` across the middle of the map, as MapLibre's scale control measures it.
import { geoDistance } from 'd3-geo';
import { type Camera, type Size, unproject } from './camera';

const EARTH_RADIUS_M = 6371008.8;

function roundDown(n: number): number {
  const pow10 = 10 ** Math.floor(Math.log10(n));
  const d = n / pow10;
  return pow10 * (d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

export function scaleBar(c: Camera, size: Size, maxPx = 100): { px: number; label: string } {
  const y = size.height / 2;
  const x = size.width / 2;
  const left = unproject(c, size, { x: x - maxPx / 2, y });
  const right = unproject(c, size, { x: x + maxPx / 2, y });
  const maxMetres = geoDistance(left, right) * EARTH_RADIUS_M;
  const km = maxMetres >= 1000;
  const max = km ? maxMetres / 1000 : maxMetres;
  const d = roundDown(max);
  return { px: Math.round((maxPx * d) / max), label: `${d}\u00a0${km ? 'km' : 'm'}` };
}
