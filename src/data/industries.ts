// A small shared industry taxonomy: the six categories measure (3) names, plus what the areas'
// leading industries need, so the app can filter areas by industry.

import type { Industry } from './types';

export const industries = [
  // Measure (3): "automobiles, new displays, equipment manufacturing, petrochemical, smart home
  // appliances, and textiles".
  {
    id: 'automobiles',
    name: { en: 'Automobiles (incl. new-energy vehicles)', zh: '汽车（含新能源汽车）' },
    planCategory: true,
  },
  { id: 'new-displays', name: { en: 'New displays', zh: '新型显示' }, planCategory: true },
  {
    id: 'equipment-manufacturing',
    name: { en: 'Equipment manufacturing', zh: '装备制造' },
    planCategory: true,
  },
  { id: 'petrochemicals', name: { en: 'Petrochemicals', zh: '石油化工' }, planCategory: true },
  { id: 'smart-home-appliances', name: { en: 'Smart home appliances', zh: '智能家电' }, planCategory: true },
  { id: 'textiles', name: { en: 'Textiles', zh: '纺织' }, planCategory: true },
  { id: 'integrated-circuits', name: { en: 'Integrated circuits', zh: '集成电路' }, planCategory: false },
  {
    id: 'electronic-information',
    name: { en: 'Electronic information', zh: '电子信息' },
    planCategory: false,
  },
  {
    id: 'ai-digital',
    name: { en: 'AI, big data and the digital economy', zh: '人工智能与数字经济' },
    planCategory: false,
  },
  { id: 'biomedicine', name: { en: 'Biomedicine', zh: '生物医药' }, planCategory: false },
  { id: 'aerospace', name: { en: 'Aviation and aerospace', zh: '航空航天' }, planCategory: false },
  { id: 'new-energy', name: { en: 'New energy', zh: '新能源' }, planCategory: false },
  { id: 'new-materials', name: { en: 'New materials', zh: '新材料' }, planCategory: false },
  { id: 'metallurgy', name: { en: 'Metallurgy', zh: '冶金' }, planCategory: false },
  {
    id: 'energy-saving-environment',
    name: { en: 'Energy saving and environmental protection', zh: '节能环保' },
    planCategory: false,
  },
  {
    id: 'marine-economy',
    name: { en: 'Marine economy (shipbuilding, fisheries, marine technology)', zh: '海洋经济' },
    planCategory: false,
  },
  {
    id: 'finance-shipping',
    name: { en: 'Finance and shipping services', zh: '金融与航运服务' },
    planCategory: false,
  },
  { id: 'logistics', name: { en: 'Modern logistics and ports', zh: '现代物流与港口' }, planCategory: false },
  { id: 'airport-economy', name: { en: 'Airport economy', zh: '临空经济' }, planCategory: false },
  {
    id: 'business-services',
    name: { en: 'Headquarters, R&D and exhibition services', zh: '总部经济、研发与会展' },
    planCategory: false,
  },
  {
    id: 'culture-tourism',
    name: { en: 'Culture, creative industries and tourism', zh: '文化创意与旅游' },
    planCategory: false,
  },
  {
    id: 'agriculture-food',
    name: { en: 'Modern agriculture and food', zh: '现代农业与食品' },
    planCategory: false,
  },
] as const satisfies readonly Industry[];

export type IndustryId = (typeof industries)[number]['id'];

export function isIndustryId(id: string): id is IndustryId {
  return industries.some((i) => i.id === id);
}

export function industryById(id: string): Industry | undefined {
  return industries.find((i) => i.id === id);
}
