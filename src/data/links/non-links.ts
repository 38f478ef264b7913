// Phrases that look like names of areas but deliberately link nowhere, kept as data so the
// decision and its reason are reviewable (and tested).

import type { NonLink } from '../types';

export const nonLinks: readonly NonLink[] = [
  {
    text: 'Summer Davos Forum',
    wouldBe: 'jinpu',
    note: 'Measure (15) counts it among events with venues in new areas, but its venues are the Dalian International Conference Center (Donggang, Zhongshan District) and the Tianjin Meijiang Convention Center (Hexi District): in Dalian and Tianjin, not in Jinpu or Binhai.',
  },
  {
    text: 'Lingang',
    wouldBe: 'pudong',
    note: 'In measure (13) "Lingang" renders 临港, "port-side" (the advantages of being next to ports), not Shanghai\'s Lingang Special Area.',
  },
  {
    text: 'Pingtan Comprehensive Experimental Zone',
    wouldBe: 'fuzhou',
    note: 'Pingtan is a separate zone beside the Fuzhou New Area, not a new area; measure (14) names Fuzhou New Area on its own.',
  },
  {
    text: 'Beijing-Tianjin-Hebei',
    wouldBe: 'binhai',
    note: 'A regional strategy: "Tianjin" inside it does not name Binhai. It reaches Binhai only through the strategy.',
  },
  {
    text: 'Chengdu-Chongqing',
    wouldBe: 'liangjiang',
    note: 'A regional strategy: "Chongqing" inside it does not name Liangjiang (nor "Chengdu" Tianfu).',
  },
  {
    text: 'China-Singapore (Chongqing)',
    wouldBe: 'liangjiang',
    note: "Part of a park's name; the measure names Chongqing Liangjiang New Area separately.",
  },
  {
    text: "Xi'an-Xianyang integration",
    wouldBe: 'xixian',
    note: 'A programme of the two cities; the measure names Shaanxi Xixian New Area separately.',
  },
  {
    text: 'Bay Area',
    wouldBe: 'nansha',
    note: 'In measure (14) "based on the Bay Area" is Nansha\'s setting, not the strategy\'s name; Nansha is named directly there.',
  },
];
