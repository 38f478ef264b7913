// Fetches the map's GeoJSON once for both renderers: the 2D painter parses it here, and MapLibre's
// worker reads the same bytes from an object URL (no second download, no parsing on the page's
// thread for it). Each file is fetched at most once per page.
import type { FeatureCollection, Geometry } from 'geojson';
import { DETAIL_FILES, type DetailLayer, GEO_DIR, type GeoLayer, LIGHT_FILES } from './geo-files';

export type Props = Record<string, unknown>;
export type GeoCollection = FeatureCollection<Geometry, Props>;

/** A file that could not be loaded, named so the message can say which layer is missing. */
export class GeoLoadError extends Error {
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`${file}: ${why}`);
    this.name = 'GeoLoadError';
  }
}

export const geoUrl = (file: string) => new URL(`${GEO_DIR}${file}`, document.baseURI).href;

const texts = new Map<string, Promise<string>>();
const parsed = new Map<string, Promise<GeoCollection>>();
const blobs = new Map<string, Promise<string>>();

function cached<T>(cache: Map<string, Promise<T>>, file: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(file);
  if (!p) {
    p = load();
    // A failure is not kept: the next attempt fetches again.
    p.catch(() => cache.delete(file));
    cache.set(file, p);
  }
  return p;
}

export function geoText(file: string): Promise<string> {
  return cached(texts, file, async () => {
    let res: Response;
    try {
      res = await fetch(geoUrl(file));
    } catch (e) {
      throw new GeoLoadError(file, e instanceof Error ? e.message : String(e));
    }
    if (!res.ok) throw new GeoLoadError(file, `HTTP ${res.status}`);
    return res.text();
  });
}

export function geoJson(file: string): Promise<GeoCollection> {
  return cached(parsed, file, async () => {
    const text = await geoText(file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new GeoLoadError(file, 'not valid JSON (truncated?)');
    }
    const fc = json as Partial<GeoCollection> | null;
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      throw new GeoLoadError(file, 'not a GeoJSON FeatureCollection');
    }
    return fc as GeoCollection;
  });
}

/** An object URL holding a file's bytes, for MapLibre's worker. */
export function geoBlobUrl(file: string): Promise<string> {
  return cached(blobs, file, async () =>
    URL.createObjectURL(new Blob([await geoText(file)], { type: 'application/geo+json' })),
  );
}

async function all<K extends string>(files: Record<K, string>): Promise<Record<K, GeoCollection>> {
  const keys = Object.keys(files) as K[];
  const values = await Promise.all(keys.map((k) => geoJson(files[k])));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<K, GeoCollection>;
}

export const lightData = (): Promise<Record<GeoLayer, GeoCollection>> => all(LIGHT_FILES);
export const detailData = (): Promise<Record<DetailLayer, GeoCollection>> => all(DETAIL_FILES);

/** Starts fetching the first picture's files now (before React renders). */
export function prefetchLight(): void {
  for (const file of Object.values(LIGHT_FILES)) geoJson(file).catch(() => undefined);
}
