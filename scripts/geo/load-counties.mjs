// Read the 392 prefecture files into one list of county features, plain and cleaned.
import fs from 'node:fs';
import path from 'node:path';
import { cleanGeometry } from './clean-rings.mjs';
import { decodeEchartsGeoJson } from './decode-echarts.mjs';
import { provinceOfFile } from './provinces.mjs';

export function readJson(file, what = 'input') {
  if (!fs.existsSync(file)) throw new Error(`Missing ${what}: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot parse ${what} ${file}: ${e.message}`);
  }
}

/** Replace 蓟州区's empty geometry in the Tianjin file with the upstream fix. */
function patchJixian(json, fixFile) {
  const i = json.features.findIndex((f) => f.properties?.name === '蓟州区');
  if (i < 0) return json;
  const g = json.features[i].geometry;
  if (g?.coordinates?.length) return json; // already fixed upstream
  const fix = readJson(fixFile, '蓟州区 fix (tianjin-fix/jixian.geojson)');
  const fixFeature = fix.features?.find((f) => f.properties?.name === '蓟州区');
  if (!fixFeature?.geometry?.coordinates?.length) throw new Error(`${fixFile} has no geometry for 蓟州区`);
  const features = [...json.features];
  features[i] = { ...features[i], geometry: fixFeature.geometry };
  return { ...json, features };
}

/**
 * Returns { byFile: Map<file, County[]>, stats } where County = { file, name, adcode,
 * province, geometry (MultiPolygon, cleaned) }. Files are read in sorted order so the
 * mapshaper input (and its overlap resolution) is the same every run.
 */
export function loadCounties({ countiesDir, jixianFix }) {
  if (!fs.existsSync(countiesDir)) throw new Error(`Missing county data folder: ${countiesDir}`);
  const files = fs
    .readdirSync(countiesDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  if (files.length === 0) throw new Error(`No .geojson files in ${countiesDir}`);
  const byFile = new Map();
  const stats = { files: files.length, encoded: [], features: 0, droppedRings: 0, emptyFeatures: [] };
  for (const name of files) {
    const file = name.replace(/\.geojson$/, '');
    let json = readJson(path.join(countiesDir, name), 'county file');
    if (json.UTF8Encoding) stats.encoded.push(file);
    json = decodeEchartsGeoJson(json);
    if (file === 'tianjin') json = patchJixian(json, jixianFix);
    const province = provinceOfFile(file);
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
