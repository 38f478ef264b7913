// The camera in the URL's hash, `#map=<zoom>/<lat>/<lon>`, written exactly as MapLibre's own `hash`
// option writes it (so links made before the 2D renderer still open the same view). Parsing never
// throws: a value that is not a camera on the map is named, and the view falls back to China.
import type { Camera } from './camera';
import { MAX_LAT } from './camera';
import { ZOOM } from './tokens';

const NAME = 'map';

export type HashProblem = { value: string; reason: 'notCamera' | 'zoomClamped' };
export type ParsedHash = { camera: Camera | null; problem: HashProblem | null };

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

export function parseCameraHash(hash: string): ParsedHash {
  const raw = params(hash).get(NAME);
  if (raw === null) return { camera: null, problem: null };
  const parts = raw.split('/');
  const nums = parts.slice(0, 3).map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN));
  const [zoom, lat, lon] = nums as [number, number, number];
  if (parts.length < 3 || parts.length > 5 || nums.some((n) => !Number.isFinite(n))) {
    return { camera: null, problem: { value: raw, reason: 'notCamera' } };
  }
  if (Math.abs(lat) > MAX_LAT || Math.abs(lon) > 180 || zoom < 0 || zoom > 24) {
    return { camera: null, problem: { value: raw, reason: 'notCamera' } };
  }
  // A zoom past the map's own limits is brought back to them: the place is still the one linked.
  const clamped = Math.max(ZOOM.min, Math.min(ZOOM.max, zoom));
  return {
    camera: { zoom: clamped, lat, lon },
    problem: clamped === zoom ? null : { value: raw, reason: 'zoomClamped' },
  };
}

/** The hash for a camera, keeping any other parameters the hash holds. */
export function formatCameraHash(c: Camera, current: string): string {
  const zoom = Math.round(c.zoom * 100) / 100;
  // Enough digits that the centre is within half a pixel (MapLibre's rule).
  const digits = Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const m = 10 ** digits;
  const value = `${zoom}/${Math.round(c.lat * m) / m}/${Math.round(c.lon * m) / m}`;
  const p = params(current);
  p.set(NAME, value);
  return `#${decodeURIComponent(p.toString()).replace(/=&/g, '&').replace(/=$/g, '')}`;
}
