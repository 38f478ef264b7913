// Feature properties for the area layers, in the order the app relies on.
export const AREA_KEYS = [
  'id',
  'name_en',
  'name_zh',
  'label_en',
  'label_zh',
  'precision',
  'official_km2',
  'outline_km2',
  'ratio',
];
export const PROVINCE_KEYS = ['adcode', 'name_zh', 'name_en'];
export const PORT_KEYS = [
  'id',
  'plan_name',
  'name_en',
  'name_zh',
  'area_id',
  'approximate',
  'source',
  'distance_km',
];

/** @typedef {import('./validate-config.mjs').AreaConfig} AreaConfig */
/** @typedef {import('./validate-config.mjs').PortConfig} PortConfig */
/** @typedef {ReturnType<typeof areaProperties>} AreaProperties */
/** @typedef {ReturnType<typeof portProperties>} PortProperties */

/**
 * "exact" only when every division is covered whole and nothing is below county level.
 * @param {Pick<AreaConfig, 'parts' | 'missing_parts'>} area
 * @returns {'exact' | 'approximate'}
 */
export function precisionOf(area) {
  const whole = (area.parts ?? []).every((p) => p.partial === false);
  return whole && (area.missing_parts ?? []).length === 0 ? 'exact' : 'approximate';
}

/**
 * Properties of one area; outlineKm2 is the unrounded turf.area of its hi outline in km².
 * @param {AreaConfig} area
 * @param {number} outlineKm2
 */
export function areaProperties(area, outlineKm2) {
  if (!(area.official_km2 > 0)) throw new Error(`Area "${area.id}": official_km2 must be a positive number`);
  const outline = Math.round(outlineKm2);
  return {
    id: area.id,
    name_en: area.name_en,
    name_zh: area.name_zh,
    label_en: area.short_en,
    label_zh: area.short_zh,
    precision: precisionOf(area),
    official_km2: area.official_km2,
    outline_km2: outline,
    ratio: Math.round((outline / area.official_km2) * 100) / 100,
  };
}

/**
 * @param {PortConfig} port
 * @param {number} distanceKm
 */
export function portProperties(port, distanceKm) {
  return {
    id: port.id,
    plan_name: port.plan_name,
    name_en: port.name_en,
    name_zh: port.name_zh,
    area_id: port.area_id,
    approximate: port.approximate === true,
    source: typeof port.source === 'string' ? port.source : '',
    distance_km: distanceKm,
  };
}
