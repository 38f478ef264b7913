// Fetches the map's GeoJSON once for both renderers. The light layers come in one file, parsed here
// and handed to both; a detailed file is parsed here for the 2D painter, and MapLibre's worker reads
// the same bytes from an object URL (no second download). Each file is fetched at most once per page.

import embedded from 'virtual:embedded-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { blockText } from '../embedded/read-block';
import type { EmbeddedFile } from './embedded-geo-plugin';
import {
  GEO_DIR,
  type GeoLayer,
  LIGHT_BUNDLE,
  LIGHT_FILES,
  ZOOMED_FILES,
  type ZoomedLayer,
} from './geo-files';
import { once } from './once';

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

const texts = new Map<string, () => Promise<string>>();
const parsed = new Map<string, () => Promise<GeoCollection>>();
const blobs = new Map<string, () => Promise<string>>();

/** Each file's load, once (see once.ts). */
function cached<T>(cache: Map<string, () => Promise<T>>, file: string, load: () => Promise<T>): Promise<T> {
  const get = cache.get(file) ?? once(load);
  cache.set(file, get);
  return get();
}

/** A file carried inside the single-file build, from its block. */
async function embeddedText(file: string, at: EmbeddedFile): Promise<string> {
  const text = await blockText(at.id);
  if (text == null) throw new GeoLoadError(file, 'missing from the page');
  return text;
}

export function geoText(file: string): Promise<string> {
  return cached(texts, file, async () => {
    const at = embedded?.[file];
    if (at) return embeddedText(file, at);
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

/** Parses a file's text; bytes that do not parse are forgotten, so a retry fetches them again. */
function parse(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    texts.delete(file);
    throw new GeoLoadError(file, 'not valid JSON (truncated?)');
  }
}

function collection(file: string, json: unknown): GeoCollection {
  const fc = json as Partial<GeoCollection> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new GeoLoadError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as GeoCollection;
}

export function geoJson(file: string): Promise<GeoCollection> {
  return cached(parsed, file, async () => collection(file, parse(file, await geoText(file))));
}

/** An object URL holding a file's bytes, for MapLibre's worker. */
export function geoBlobUrl(file: string): Promise<string> {
  return cached(blobs, file, async () =>
    URL.createObjectURL(new Blob([await geoText(file)], { type: 'application/geo+json' })),
  );
}

/**
 * What a MapLibre source is given for a file: served, an object URL of the bytes already fetched (its
 * worker parses them, off the main thread); in the single file, the parsed GeoJSON, because a
 * file:// page's blob: URLs belong to an opaque origin that MapLibre's worker may not read.
 */
export function geoSourceData(file: string): Promise<string | GeoCollection> {
  return embedded?.[file] !== undefined ? geoJson(file) : geoBlobUrl(file);
}

/** The first picture's layers, from the one light file. */
export const lightData = once(async (): Promise<Record<GeoLayer, GeoCollection>> => {
  const all = parse(LIGHT_BUNDLE, await geoText(LIGHT_BUNDLE)) as Record<string, unknown> | null;
  const layers = Object.keys(LIGHT_FILES) as GeoLayer[];
  return Object.fromEntries(
    layers.map((k) => [k, collection(`${LIGHT_BUNDLE} (${LIGHT_FILES[k]})`, all?.[k])]),
  ) as Record<GeoLayer, GeoCollection>;
});

export async function detailData(): Promise<Record<ZoomedLayer, GeoCollection>> {
  const keys = Object.keys(ZOOMED_FILES) as ZoomedLayer[];
  const values = await Promise.all(keys.map((k) => geoJson(ZOOMED_FILES[k])));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<ZoomedLayer, GeoCollection>;
}

/** Starts fetching the first picture's file now (before React renders). */
export function prefetchLight(): void {
  lightData().catch(() => undefined);
}
