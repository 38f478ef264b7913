// The five regional strategies of measure (2) and the four macro-regions of measure (6), with
// each area's membership and the evidence for it.

import { sourced, unsourced } from './facts';
import { type AreaId, STRATEGY_IDS, type Strategy, type StrategyId, type StrategyMembership } from './types';

export const strategies: readonly Strategy[] = [
  {
    id: 'jjj',
    kind: 'regional-strategy',
    name: { en: 'Coordinated development of Beijing-Tianjin-Hebei', zh: '京津冀协同发展' },
    short: { en: 'Beijing-Tianjin-Hebei', zh: '京津冀' },
  },
  {
    id: 'yrd',
    kind: 'regional-strategy',
    name: { en: 'Integrated development of the Yangtze River Delta', zh: '长江三角洲区域一体化发展' },
    short: { en: 'Yangtze River Delta', zh: '长三角' },
  },
  {
    id: 'gba',
    kind: 'regional-strategy',
    name: { en: 'Guangdong-Hong Kong-Macao Greater Bay Area', zh: '粤港澳大湾区建设' },
    short: { en: 'Greater Bay Area', zh: '大湾区' },
  },
  {
    id: 'chengdu-chongqing',
    kind: 'regional-strategy',
    name: { en: 'Chengdu-Chongqing twin-city economic circle', zh: '成渝地区双城经济圈建设' },
    short: { en: 'Chengdu-Chongqing', zh: '成渝' },
  },
  {
    id: 'middle-yangtze',
    kind: 'regional-strategy',
    name: { en: 'Urban agglomeration in the middle reaches of the Yangtze River', zh: '长江中游城市群' },
    short: { en: 'Middle Yangtze', zh: '长江中游' },
  },
  {
    id: 'east',
    kind: 'macro-region',
    name: { en: 'Eastern region', zh: '东部地区' },
    short: { en: 'East', zh: '东部' },
  },
  {
    id: 'central',
    kind: 'macro-region',
    name: { en: 'Central region', zh: '中部地区' },
    short: { en: 'Central', zh: '中部' },
  },
  {
    id: 'west',
    kind: 'macro-region',
    name: { en: 'Western region', zh: '西部地区' },
    short: { en: 'West', zh: '西部' },
  },
  {
    id: 'northeast',
    kind: 'macro-region',
    name: { en: 'Northeastern region', zh: '东北地区' },
    short: { en: 'Northeast', zh: '东北' },
  },
];

export function isStrategyId(id: string): id is StrategyId {
  return (STRATEGY_IDS as readonly string[]).includes(id);
}

export function strategyById(id: string): Strategy | undefined {
  return strategies.find((s) => s.id === id);
}

type MacroRegion = 'east' | 'central' | 'west' | 'northeast';

// NBS, 《东西中部和东北地区划分方法》(2011): the four-way split of the 31 provincial units.
const NBS_CITATION = 'National Bureau of Statistics, 《东西中部和东北地区划分方法》 (2011-06-13)';
const MACRO_REGION_OF_PROVINCE: Record<string, MacroRegion> = {
  北京市: 'east',
  天津市: 'east',
  河北省: 'east',
  上海市: 'east',
  江苏省: 'east',
  浙江省: 'east',
  福建省: 'east',
  山东省: 'east',
  广东省: 'east',
  海南省: 'east',
  山西省: 'central',
  安徽省: 'central',
  江西省: 'central',
  河南省: 'central',
  湖北省: 'central',
  湖南省: 'central',
  内蒙古自治区: 'west',
  广西壮族自治区: 'west',
  重庆市: 'west',
  四川省: 'west',
  贵州省: 'west',
  云南省: 'west',
  西藏自治区: 'west',
  陕西省: 'west',
  甘肃省: 'west',
  青海省: 'west',
  宁夏回族自治区: 'west',
  新疆维吾尔自治区: 'west',
  辽宁省: 'northeast',
  吉林省: 'northeast',
  黑龙江省: 'northeast',
};

/** Macro-region membership follows from the province alone. */
export function macroRegionMembership(provinceZh: string): StrategyMembership {
  const region = MACRO_REGION_OF_PROVINCE[provinceZh];
  if (!region) throw new Error(`no macro-region for province "${provinceZh}"`);
  const name = strategyById(region)?.name.en ?? region;
  return {
    strategy: region,
    evidence: sourced(`By province: ${provinceZh} belongs to the ${name.toLowerCase()}.`, NBS_CITATION),
  };
}

const YRD_PLAN = '《长江三角洲区域一体化发展规划纲要》 (CPC Central Committee and State Council, 2019)';
const CHENGYU_PLAN = '《成渝地区双城经济圈建设规划纲要》 (CPC Central Committee and State Council, 2021)';

/** Regional-strategy memberships, each with the document that puts the area in the strategy. */
export const regionalMemberships: Readonly<Partial<Record<AreaId, StrategyMembership[]>>> = {
  binhai: [
    {
      strategy: 'jjj',
      evidence: sourced(
        'The State Council opinion positions Binhai as "依托京津冀、服务环渤海…" (relying on Beijing-Tianjin-Hebei).',
        'State Council opinion 《国务院关于推进天津滨海新区开发开放有关问题的意见》, 2006-05-26',
      ),
    },
  ],
  xiongan: [
    {
      strategy: 'jjj',
      evidence: sourced(
        'Set up as "深入推进京津冀协同发展作出的一项重大决策部署" (a major decision to advance Beijing-Tianjin-Hebei coordinated development).',
        'Notice of the CPC Central Committee and the State Council establishing 河北雄安新区, released 2017-04-01',
      ),
    },
  ],
  pudong: [
    {
      strategy: 'yrd',
      evidence: sourced(
        'By province: the plan covers the whole of Shanghai, Jiangsu, Zhejiang and Anhui.',
        YRD_PLAN,
      ),
    },
  ],
  zhoushan: [
    {
      strategy: 'yrd',
      evidence: sourced(
        'Positioned as "长江三角洲地区经济发展的重要增长极" (an important growth pole of the Yangtze River Delta); Zhejiang is wholly inside the YRD plan area.',
        'State Council approval of 浙江舟山群岛新区, announced at the State Council Information Office press conference of 2011-07-07',
        `Also by province under ${YRD_PLAN}.`,
      ),
    },
  ],
  jiangbei: [
    {
      strategy: 'yrd',
      evidence: sourced(
        'Positioned as "长三角地区现代产业集聚区" (a modern-industry cluster of the Yangtze River Delta).',
        'State Council reply approving 南京江北新区, 2015-06-27',
        `Also by province under ${YRD_PLAN}.`,
      ),
    },
  ],
  nansha: [
    {
      strategy: 'gba',
      evidence: sourced(
        'A major strategic platform "立足湾区、协同港澳、面向世界" (based in the Bay Area, cooperating with Hong Kong and Macao).',
        'State Council, 《广州南沙深化面向世界的粤港澳全面合作总体方案》 (2022)',
        'Nansha is also one of the cooperation platforms of 《粤港澳大湾区发展规划纲要》 (2019).',
      ),
    },
  ],
  liangjiang: [
    {
      strategy: 'chengdu-chongqing',
      evidence: sourced("The plan names 重庆两江新区 among the circle's key platforms.", CHENGYU_PLAN),
    },
  ],
  tianfu: [
    {
      strategy: 'chengdu-chongqing',
      evidence: sourced("The plan names 四川天府新区 among the circle's key platforms.", CHENGYU_PLAN),
    },
  ],
  xiangjiang: [
    {
      strategy: 'middle-yangtze',
      evidence: sourced(
        'The reply expects it to "带动湖南省乃至长江中游地区经济社会发展" (drive Hunan and the middle reaches of the Yangtze).',
        'State Council reply 国函〔2015〕66号, 2015-04-08',
      ),
    },
  ],
  ganjiang: [
    {
      strategy: 'middle-yangtze',
      evidence: unsourced(
        'Nanchang and Jiujiang, where the area lies, are cities of the middle-Yangtze urban agglomeration.',
        "General knowledge: the agglomeration's 2015 development plan covers Nanchang and Jiujiang, but it was not checked here; the approval reply (国函〔2016〕96号) speaks of the Rise of Central China and the Yangtze River Economic Belt, not of this agglomeration.",
      ),
    },
  ],
};
