// The typed domain. Everything the UI says about an area, a strategy or a measure comes through
// these shapes, so every fact can carry its source.

export const AREA_IDS = [
  'pudong',
  'binhai',
  'liangjiang',
  'zhoushan',
  'lanzhou',
  'nansha',
  'xixian',
  'guian',
  'west-coast',
  'jinpu',
  'tianfu',
  'xiangjiang',
  'jiangbei',
  'fuzhou',
  'central-yunnan',
  'harbin',
  'changchun',
  'ganjiang',
  'xiongan',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const STRATEGY_IDS = [
  'jjj',
  'yrd',
  'gba',
  'chengdu-chongqing',
  'middle-yangtze',
  'east',
  'central',
  'west',
  'northeast',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export type Bilingual = { en: string; zh: string };

/** Where a fact comes from. `citation` is a primary document ("State Council reply 国函〔2015〕217号,
 * 2015-12-16", "2024 Action Plan, measure (14)"), never a mirror website. */
export type Source = { citation: string; note?: string };

/** A fact with its source, or explicitly flagged as unsourced (the UI then says "unsourced"). */
export type Fact<T> =
  | { value: T; source: Source; unsourced?: false; note?: string }
  | { value: T; source?: undefined; unsourced: true; note?: string };

export type Precision = 'exact' | 'approximate';

export type CountyDivision = {
  name: Bilingual;
  prefecture: Bilingual;
  coverage: 'whole' | 'partial';
  note?: string;
};

export type Industry = { id: string; name: Bilingual; planCategory: boolean };
/** One of an area's leading industries as its source words it, filed under a taxonomy id. `includes`:
 * further taxonomy ids the same entry takes in (Binhai's "equipment manufacturing, cars and
 * metallurgy included" base), so filtering by any of them finds the area. */
export type AreaIndustry = { industry: string; includes?: string[]; label: Bilingual; fact: Fact<true> };

/** What kind of document made an area a national-level new area: a State Council reply (批复), a
 * State Council opinion (意见: Binhai) or a notice of the CPC Central Committee and the State
 * Council (通知: Xiong'an). */
export const FOUNDING_KINDS = ['reply', 'opinion', 'notice'] as const;
export type FoundingKind = (typeof FOUNDING_KINDS)[number];

/** The founding document as an area profile states it. */
export type ApprovalInput = {
  date: string;
  kind: FoundingKind;
  /** Its number (国函〔2015〕217号), or null where no number was confirmed. */
  number: string | null;
  /** Its title, where the data gives it (《…》). */
  title?: string;
};
export type Approval = ApprovalInput & {
  /** The document in one language-neutral phrase, for one-line uses: the number, else the title, else
   * what kind of document it is (derived from the fields above). */
  document: string;
};

/** An area's official figure in km², as its source gives it. */
export type OfficialArea = {
  landKm2: number;
  seaKm2?: number;
  /** The source calls the figure a planning area (规划面积, 规划控制面积); otherwise it is the area of
   * what the new area covers (面积, 陆域面积, 总面积). */
  planning: boolean;
  /** The source gives the land or sea figure as approximate (约…): the UI says "about" / "约". */
  landApprox?: true;
  seaApprox?: true;
};

export type Strategy = {
  id: StrategyId;
  kind: 'regional-strategy' | 'macro-region';
  name: Bilingual;
  short: Bilingual;
};
export type StrategyMembership = {
  strategy: StrategyId;
  /** An approval reply, a plan sentence, a regional plan, or "by province" for macro-regions. */
  evidence: Fact<string>;
};

export type Port = {
  id: string;
  planName: string;
  name: Bilingual;
  areaId: AreaId;
  lon: number;
  lat: number;
  approximate: boolean;
  source: Source | null;
  note?: string;
};

export type Area = {
  id: AreaId;
  /** 1–19, order of approval. */
  order: number;
  name: Bilingual;
  /** The short form map labels and compact lists use: "Pudong", "浦东新区". */
  short: Bilingual;
  /** The plan's own English form, e.g. "Yunnan Central Dian". */
  planName: string;
  province: Bilingual;
  approval: Fact<Approval>;
  officialArea: Fact<OfficialArea>;
  divisions: Fact<CountyDivision[]>;
  /** Parts of the area below county level that the outline cannot show. */
  missingParts: string[];
  precision: Precision;
  /** What else a reader must know about the outline (Binhai: it is today's district, not the 2006
   * scope). Said after the precision sentence, on screen and on exports. */
  outlineNote?: Bilingual;
  point: Fact<{ lon: number; lat: number }>;
  positioning: Fact<Bilingual>;
  industries: AreaIndustry[];
  strategies: StrategyMembership[];
  ports: string[];
  /** Dated events in the area's administrative history (e.g. Liangjiang's 2025 district). */
  history: Fact<string>[];
};

export type PlanSection = {
  index: number;
  /** As printed: "I.", "II.", "III.", "4.", "5.". */
  numeral: string;
  title: string;
  /** Paragraphs of a section that has no measures (section I). */
  body: string[];
  measures: number[];
};

export type Measure = {
  n: number;
  /** As printed: "(1)" or "(Thirteen)". The UI always shows "(13)". */
  printed: string;
  section: number;
  lead: string;
  /** The full paragraph after the printed number, verbatim from the seed. */
  text: string;
  /** Offset of `text` in the seed file, so tests can check it is a verbatim slice. */
  offset: number;
};

export type Plan = {
  /** The title as printed in the seed. */
  title: string;
  /** The seed's first line (the NDRC web page's headline). */
  headline: string;
  publishedTitle: Bilingual;
  issuer: string;
  /** ISO date of the seed's printed "Release Date". */
  releaseDate: string;
  /** The release date exactly as printed in the seed, e.g. "2024-03-18 16:38". */
  releaseDatePrinted: string;
  /** The seed's "Source:" line, as printed. */
  printedSource: string;
  dateNote: string;
  preamble: string;
  sections: PlanSection[];
  measures: Measure[];
};

/** An alias or landmark that points at an area when it appears in the plan's text. */
export type Alias = {
  text: string;
  area: AreaId;
  note: string;
  /** What the alias is: the area's own name, or a place, port or event located in it. */
  kind?: 'name' | 'place' | 'port' | 'event';
  /** Set when the alias's location in the area is not backed by a primary source. */
  unsourced?: boolean;
};

/** A phrase in the plan that looks like a name but deliberately links nowhere, with the reason. */
export type NonLink = { text: string; note: string; wouldBe?: AreaId };

export type NameLink = {
  measure: number;
  area: AreaId;
  /** The alias as it appears, and where, in the measure's text. */
  matches: { alias: string; start: number; end: number; note: string }[];
};
export type StrategyLink = {
  measure: number;
  strategy: StrategyId;
  matched: string;
  /** Where `matched` sits in the measure's text (added so the UI can emphasise it). */
  start: number;
  end: number;
};
export type EveryLink = { measure: number; evidence: string };

export type AreaMeasures = {
  named: NameLink[];
  /** Measures that reach the area through a strategy it belongs to, minus those that name it. */
  throughStrategy: { measure: number; strategies: StrategyLink[] }[];
  /** Measures addressed to all new areas, minus those above. */
  every: EveryLink[];
};

/** West, south, east, north, in degrees. Bounds, not centre and zoom, so a view frames the same
 * place on any screen. */
export type Bounds = [number, number, number, number];

/** What the areas' colours show. */
export const COLOR_MODES = ['strategy', 'year', 'area', 'measures'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
