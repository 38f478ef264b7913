// The names and landmarks that point at an area when they appear in the plan's text. Data, not
// code: each entry says why it points where it does. Matching is on word boundaries and the
// longest alias at a place wins (match.ts), so "Tianjin Port" never reads as "Tianjin".

import type { Alias } from '../types';

const PLAN_NAME = "The plan's own name for the area (its preamble list).";

export const aliases: readonly Alias[] = [
  // The plan's own names (preamble list), and the short forms its measures use.
  { text: 'Shanghai Pudong', area: 'pudong', kind: 'name', note: PLAN_NAME },
  { text: "Hebei Xiong'an", area: 'xiongan', kind: 'name', note: PLAN_NAME },
  { text: 'Tianjin Binhai', area: 'binhai', kind: 'name', note: PLAN_NAME },
  { text: 'Chongqing Liangjiang', area: 'liangjiang', kind: 'name', note: PLAN_NAME },
  { text: 'Zhejiang Zhoushan Archipelago', area: 'zhoushan', kind: 'name', note: PLAN_NAME },
  {
    text: 'Lanzhou',
    area: 'lanzhou',
    kind: 'name',
    note: `${PLAN_NAME} The bare city name is used in this text only for the new area.`,
  },
  { text: 'Guangzhou Nansha', area: 'nansha', kind: 'name', note: PLAN_NAME },
  { text: 'Shaanxi Xixian', area: 'xixian', kind: 'name', note: PLAN_NAME },
  { text: "Guizhou Gui'an", area: 'guian', kind: 'name', note: PLAN_NAME },
  { text: 'Qingdao West Coast', area: 'west-coast', kind: 'name', note: PLAN_NAME },
  { text: 'Dalian Jinpu', area: 'jinpu', kind: 'name', note: PLAN_NAME },
  { text: 'Sichuan Tianfu', area: 'tianfu', kind: 'name', note: PLAN_NAME },
  { text: 'Hunan Xiangjiang', area: 'xiangjiang', kind: 'name', note: PLAN_NAME },
  { text: 'Nanjing Jiangbei', area: 'jiangbei', kind: 'name', note: PLAN_NAME },
  {
    text: 'Fuzhou',
    area: 'fuzhou',
    kind: 'name',
    note: `${PLAN_NAME} The bare city name is used in this text only for the new area.`,
  },
  { text: 'Yunnan Central Dian', area: 'central-yunnan', kind: 'name', note: PLAN_NAME },
  {
    text: 'Harbin',
    area: 'harbin',
    kind: 'name',
    note: `${PLAN_NAME} The bare city name is used in this text only for the new area (or inside a longer alias).`,
  },
  {
    text: 'Changchun',
    area: 'changchun',
    kind: 'name',
    note: `${PLAN_NAME} The bare city name is used in this text only for the new area.`,
  },
  { text: 'Jiangxi Ganjiang', area: 'ganjiang', kind: 'name', note: PLAN_NAME },

  // Places and programmes located in an area.
  {
    text: 'Zhangjiang',
    area: 'pudong',
    kind: 'place',
    note: 'Zhangjiang Science City and the Zhangjiang comprehensive national science centre are in Pudong.',
  },
  {
    text: 'Nansha Science City',
    area: 'nansha',
    kind: 'place',
    note: 'Nansha Science City, part of the Greater Bay Area comprehensive national science centre, is in Nansha.',
  },

  // The hub ports of measure (13): each port's main terminals lie in (or serve) the area.
  {
    text: 'Shanghai Port',
    area: 'pudong',
    kind: 'port',
    note: "Waigaoqiao terminals are in Pudong; Yangshan is linked to Pudong's Lingang by the Donghai Bridge.",
  },
  {
    text: 'Ningbo-Zhoushan Port',
    area: 'zhoushan',
    kind: 'port',
    note: 'The port (named 宁波-舟山港 since 2006-01-01; its two port groups merged in 2015) has its Zhoushan port areas (Jintang, Qushan, Liuheng) inside the new area.',
  },
  {
    text: 'Dalian Port',
    area: 'jinpu',
    kind: 'port',
    note: 'The main container terminals, at Dayaowan, are in Jinpu.',
  },
  {
    text: 'Tianjin Port',
    area: 'binhai',
    kind: 'port',
    note: 'The port lies at the Haihe estuary in Binhai.',
  },
  {
    text: 'Qingdao Port',
    area: 'west-coast',
    kind: 'port',
    note: 'The Qianwan and Dongjiakou port areas are in Huangdao, the West Coast New Area.',
  },
  {
    text: 'Guangzhou Port',
    area: 'nansha',
    kind: 'port',
    note: 'The Nansha port area (Longxue Island container terminals) is in Nansha.',
  },

  // Events.
  {
    text: 'Qingdao International Beer Festival',
    area: 'west-coast',
    kind: 'event',
    unsourced: true,
    note: 'A West Coast venue, the Golden Beach beer city in Huangdao, opened in 2015 and has hosted the opening since about 2018; other venues remain in Laoshan and elsewhere. From news reports, no primary source.',
  },
  {
    text: 'Harbin International Ice and Snow Festival',
    area: 'harbin',
    kind: 'event',
    unsourced: true,
    note: 'Its largest venue, Harbin Ice and Snow World, is in Songbei, the core of the Harbin New Area; other venues are in the city. General knowledge.',
  },
  {
    text: '"Belt and Road" Science and Technology Exchange Conference',
    area: 'liangjiang',
    kind: 'event',
    unsourced: true,
    note: 'Medium confidence. The first conference (2023-11) was held at the Yuelai International Convention Center in Liangjiang, the only edition before the plan. It now alternates between Chongqing and Sichuan: the second (2025-06) was in Chengdu, at the Tianfu International Conference Center, which may lie in the Tianfu New Area; that is not linked. From news reports.',
  },
];
