// How the plan's text names a regional strategy or a macro-region. Only these phrases count:
// "central" alone also appears in "central enterprises" and "Party Central Committee".

import type { StrategyId } from '../types';

export type StrategyMention = { text: string; strategies: StrategyId[]; note: string };

export const strategyMentions: readonly StrategyMention[] = [
  {
    text: 'Beijing-Tianjin-Hebei',
    strategies: ['jjj'],
    note: 'Coordinated development of Beijing-Tianjin-Hebei.',
  },
  { text: 'Guangdong-Hong Kong-Macao Greater Bay Area', strategies: ['gba'], note: 'The Greater Bay Area.' },
  { text: 'Yangtze River Delta', strategies: ['yrd'], note: 'Integration of the Yangtze River Delta.' },
  {
    text: 'Chengdu-Chongqing twin-city economic circle',
    strategies: ['chengdu-chongqing'],
    note: 'The Chengdu-Chongqing twin-city economic circle.',
  },
  {
    text: 'middle reaches urban agglomeration of the Yangtze River',
    strategies: ['middle-yangtze'],
    note: 'The urban agglomeration in the middle reaches of the Yangtze River.',
  },
  {
    text: 'central and western and northeastern regions',
    strategies: ['central', 'west', 'northeast'],
    note: 'Measure (6): new areas in the central, western and northeastern regions.',
  },
];
