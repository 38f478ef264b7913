// @vitest-environment node
// Checks the committed public/geo against src/data and its own manifest, so stale or
// hand-edited outputs fail. Rebuild with `npm run geo`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature as GeoFeature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assertPolygonal, type Polygonal } from '../../scripts/geo/area-cleanup.mjs';
import { FIRST_SCREEN, INPUTS, OUT_DIR } from '../../scripts/geo/config.mjs';
import { properCrossings } from '../../scripts/geo/crossings.mjs';
import { sha256 } from '../../scripts/geo/manifest.mjs';
import { AREA_KEYS, PORT_KEYS } from '../../scripts/geo/properties.mjs';
import type { AreaConfig } from '../../scripts/geo/validate-config.mjs';

type Feature = {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
};
type GeoPolygon = GeoFeature<Polygon | MultiPolygon>;
const read = (name: string) => fs.readFileSync(path.join(OUT_DIR, name));
const features = (name: string): Feature[] => JSON.parse(read(name).toString('utf8')).features;
const config: { areas: AreaConfig[] } = JSON.parse(fs.readFileSync(INPUTS.areas, 'utf8'));
const ids = config.areas.map((a) => a.id);
const manifest = JSON.parse(read('manifest.json').toString('utf8'));

describe.each(['areas.lo.geojson', 'areas.hi.geojson'])('%s', (file) => {
  const fs_ = features(file);

  it('has one feature per area, with unique ids matching areas.geo.json, in a fixed key order', () => {
    const got = fs_.map((f) => f.properties.id);
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual([...ids].sort());
    expect(got).toHaveLength(19);
    for (const f of fs_) expect(Object.keys(f.properties)).toEqual(AREA_KEYS);
  });

  it('has non-empty, valid polygons (closed rings, no self-crossings)', () => {
    for (const f of fs_) {
      const label = `${file} ${f.properties.id}`;
      expect(['Polygon', 'MultiPolygon'], label).toContain(f.geometry.type);
      expect(() => assertPolygonal(f.geometry as Polygonal, label)).not.toThrow();
      expect(properCrossings(f.geometry as Polygonal), label).toEqual([]);
    }
  });
});

describe('areas.points.geojson', () => {
  it("puts each area's point inside its hi outline, with the outline's properties", () => {
    const outlines = new Map(features('areas.hi.geojson').map((f) => [f.properties.id, f]));
    const points = features('areas.points.geojson');
    expect(points.map((p) => p.properties.id).sort()).toEqual([...ids].sort());
    for (const p of points) {
      const outline = outlines.get(p.properties.id);
      expect(outline, String(p.properties.id)).toBeDefined();
      expect(p.properties).toEqual(outline?.properties);
      expect(
        booleanPointInPolygon(p.geometry.coordinates as number[], outline as unknown as GeoPolygon),
        String(p.properties.id),
      ).toBe(true);
    }
  });

  it('marks as exact only areas made of whole divisions with nothing missing', () => {
    for (const p of features('areas.points.geojson')) {
      const a = config.areas.find((x) => x.id === p.properties.id);
      const exact = a?.parts.every((x) => !x.partial) && (a?.missing_parts ?? []).length === 0;
      expect(p.properties.precision, a?.id).toBe(exact ? 'exact' : 'approximate');
    }
  });
});

describe('ports.geojson', () => {
  it('has the 6 hub ports, each tied to a known area and within 50 km of it', () => {
    const ports = features('ports.geojson');
    expect(ports).toHaveLength(6);
    for (const p of ports) {
      expect(Object.keys(p.properties)).toEqual(PORT_KEYS);
      expect(ids).toContain(p.properties.area_id);
      expect(typeof p.properties.approximate).toBe('boolean');
      expect(typeof p.properties.source).toBe('string');
      expect(p.properties.distance_km as number).toBeLessThanOrEqual(50);
    }
  });

  it('puts each port inside the new area it is tied to, and marks one without a source approximate', () => {
    const outlines = new Map(features('areas.hi.geojson').map((f) => [f.properties.id, f]));
    for (const p of features('ports.geojson')) {
      const id = String(p.properties.id);
      // Ningbo-Zhoushan once sat at Beilun, in Ningbo, 3.6 km outside the Zhoushan area.
      expect(p.properties.distance_km, id).toBe(0);
      const outline = outlines.get(p.properties.area_id);
      expect(
        booleanPointInPolygon(p.geometry.coordinates as number[], outline as unknown as GeoPolygon),
        id,
      ).toBe(true);
      if (p.properties.source === '') expect(p.properties.approximate, id).toBe(true);
    }
  });
});

describe('provinces and neighbours', () => {
  it('has 34 province-level units with codes and names at both levels of detail', () => {
    for (const file of ['provinces.lo.geojson', 'provinces.hi.geojson']) {
      const ps = features(file);
      expect(ps).toHaveLength(34);
      for (const p of ps) {
        expect(Object.keys(p.properties)).toEqual(['adcode', 'name_zh', 'name_en']);
        expect(p.properties.adcode).toMatch(/^\d{2}0000$/);
        expect(p.properties.name_en).not.toBe('');
      }
    }
  });

  it('has named neighbours and no China among them', () => {
    const ns = features('neighbours.geojson');
    expect(ns.length).toBeGreaterThan(20);
    const names = ns.map((n) => n.properties.name_en);
    expect(names).toContain('India');
    expect(names).not.toContain('China');
    expect(names).not.toContain('Taiwan');
  });
});

describe('province labels, China outline, outline figures for the panel', () => {
  it('puts one label point inside each province', () => {
    const provinces = features('provinces.hi.geojson');
    const labels = features('province-labels.geojson');
    expect(labels).toHaveLength(34);
    for (const label of labels) {
      const province = provinces.find((p) => p.properties.adcode === label.properties.adcode);
      expect(province, String(label.properties.adcode)).toBeDefined();
      const at = label.geometry.coordinates as [number, number];
      expect(
        booleanPointInPolygon(at, province as unknown as GeoPolygon),
        String(label.properties.name_en),
      ).toBe(true);
    }
  });

  it('has China as one outline at both levels', () => {
    for (const lod of ['lo', 'hi']) expect(features(`china.${lod}.geojson`)).toHaveLength(1);
  });

  it('gives the panel the same outline km² and ratio as the map', () => {
    const panel = JSON.parse(fs.readFileSync(INPUTS.outlines, 'utf8'));
    for (const f of features('areas.points.geojson')) {
      const id = String(f.properties.id);
      expect(panel[id], id).toMatchObject({
        outline_km2: f.properties.outline_km2,
        ratio: f.properties.ratio,
      });
      const [w, s, e, n] = panel[id].bbox;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(w < lon && lon < e && s < lat && lat < n, `${id}: point inside its bbox`).toBe(true);
    }
  });
});

describe('size budget and manifest', () => {
  it('keeps the first screen at most 250 KB gzipped', () => {
    const total = FIRST_SCREEN.reduce((n, f) => n + zlib.gzipSync(read(f), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(250_000);
  });

  it('keeps each lazy-loaded file under ~600 KB gzipped', () => {
    for (const f of ['provinces.hi.geojson', 'province-borders.hi.geojson', 'areas.hi.geojson']) {
      expect(zlib.gzipSync(read(f), { level: 9 }).length, f).toBeLessThanOrEqual(600_000);
    }
  });

  it('lists every output with the sha256 and size of the file on disk', () => {
    const onDisk = fs
      .readdirSync(OUT_DIR)
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    for (const [name, entry] of Object.entries(manifest.files) as [
      string,
      { sha256: string; bytes: number; features: number },
    ][]) {
      const buf = read(name);
      expect(sha256(buf), `${name} is stale: run npm run geo`).toBe(entry.sha256);
      expect(buf.length).toBe(entry.bytes);
      expect(JSON.parse(buf.toString('utf8')).features).toHaveLength(entry.features);
    }
  });

  it('records the constituents matched for every area', () => {
    expect(manifest.areas.map((a: { id: string }) => a.id)).toEqual(
      [...config.areas].sort((a, b) => (a.order ?? 0) - (b.order ?? 0)).map((a) => a.id),
    );
    for (const a of manifest.areas) expect(a.constituents.length).toBeGreaterThan(0);
  });
});
