import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2012〕104号', '2012-08-20');
const LZ: [string, string] = ['兰州市', 'Lanzhou'];

export const lanzhou: AreaProfile = {
  id: 'lanzhou',
  planName: 'Lanzhou',
  province: { en: 'Gansu', zh: '甘肃省' },
  approval: sourced(
    { date: '2012-08-20', kind: 'reply', number: '国函〔2012〕104号' },
    REPLY,
    'The fifth new area and the first in Northwest China.',
  ),
  officialArea: unsourced(
    { landKm2: officialKm2('lanzhou'), planning: true },
    'Conflict: 806 km² (the planning area reported when the State Council approved the area in 2012) vs 1,744 km² (a later total from a new-area profile). Rule used for every area: the figure of the approval unless a later State Council document changed it; no such document was seen, so 806 is kept. Neither figure was seen in a primary document: the reply, as reported, names the six towns but no area.',
  ),
  divisions: sourced(
    [
      division('永登县', 'Yongdeng County', LZ, 'partial', '中川镇, 秦川镇, 上川镇, 树屏镇'),
      division('皋兰县', 'Gaolan County', LZ, 'partial', '西岔镇, 水阜镇'),
    ],
    REPLY,
    'The reply names six towns: 中川, 秦川, 上川, 树屏 (永登县) and 西岔, 水阜 (皋兰县).',
  ),
  positioning: sourced(
    {
      zh: '西北地区重要的经济增长极、国家重要的产业基地、向西开放的重要战略平台和承接产业转移示范区',
      en: 'An important growth pole of Northwest China; a major national industrial base; an important strategic platform for opening to the west; a demonstration zone for taking in relocated industry.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "From Xinhua Gansu (2024-10-01) and the new area's own reports; no primary document seen.",
    ),
    [
      ['petrochemicals', '绿色化工', 'Green chemicals'],
      ['new-energy', '新能源（电池材料）', 'New energy (battery materials)'],
      ['new-materials', '新材料（铜箔等）', 'New materials (copper foil and others)'],
      ['equipment-manufacturing', '装备制造', 'Equipment manufacturing'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['ai-digital', '数据信息', 'Data and information'],
      ['logistics', '商贸物流', 'Trade and logistics'],
    ],
  ),
  history: [
    unsourced(
      '2010-12: Gansu province sets up the Lanzhou New Area.',
      'General knowledge; no primary document seen.',
    ),
    sourced('2012-08-20: the State Council approves it as a national-level new area.', REPLY),
  ],
};
