import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2015〕137号', '2015-08-30');
const FZ: [string, string] = ['福州市', 'Fuzhou'];

export const fuzhou: AreaProfile = {
  id: 'fuzhou',
  planName: 'Fuzhou',
  province: { en: 'Fujian', zh: '福建省' },
  approval: sourced(
    { date: '2015-08-30', kind: 'reply', number: '国函〔2015〕137号' },
    REPLY,
    'Date of writing 2015-08-30, published 2015-09-09.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('fuzhou'), planning: true },
    REPLY,
    'The reply: "初期规划范围包括马尾区、仓山区、长乐市、福清市部分区域，规划面积800平方公里" (26 townships and subdistricts).',
  ),
  divisions: sourced(
    [
      division('马尾区', 'Mawei District', FZ, 'partial'),
      division('仓山区', 'Cangshan District', FZ, 'partial'),
      division('长乐区', 'Changle District (长乐市 until 2017)', FZ, 'partial'),
      division('福清市', 'Fuqing City', FZ, 'partial'),
    ],
    REPLY,
    'The reply: "马尾区、仓山区、长乐市、福清市部分区域". 连江县 is not in it.',
  ),
  positioning: sourced(
    {
      zh: '两岸交流合作重要承载区、扩大对外开放重要门户、东南沿海重要现代产业基地、改革创新示范区和生态文明先行区',
      en: 'An important platform for cross-Strait exchange and cooperation; an important gateway for wider opening-up; an important modern industrial base on the southeast coast; a demonstration zone for reform and innovation; a forerunner of ecological civilisation.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'The "six leading industries" reported by 福州日报 (2023-08-30); no primary document seen.',
    ),
    [
      ['ai-digital', '数字经济', 'Digital economy'],
      ['new-materials', '新材料', 'New materials'],
      ['new-energy', '新能源（海上风电等）', 'New energy (offshore wind and others)'],
      ['new-displays', '新型显示', 'New displays'],
      ['agriculture-food', '粮储与食品', 'Grain storage and food'],
      ['biomedicine', '生物医药健康', 'Biomedicine and health'],
      ['culture-tourism', '文旅', 'Culture and tourism'],
    ],
  ),
  history: [sourced('2015-08-30: the State Council approves the Fuzhou New Area.', REPLY)],
};
