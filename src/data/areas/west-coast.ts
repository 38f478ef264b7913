import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2014〕71号', '2014-06-03');

export const westCoast: AreaProfile = {
  id: 'west-coast',
  planName: 'Qingdao West Coast',
  province: { en: 'Shandong', zh: '山东省' },
  approval: sourced(
    { date: '2014-06-03', kind: 'reply', number: '国函〔2014〕71号' },
    REPLY,
    'Published on gov.cn on 2014-06-09.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('west-coast'), seaKm2: 5000, planning: false, landApprox: true, seaApprox: true },
    REPLY,
    'Conflict: land 2,096 km² (the reply), 2,127 km² (China Daily 2021) and 2,220.10 km² (the Huangdao district infobox); the figures come from different survey bases. Rule used for every area: the approval\'s figure unless a later State Council document changed it, so 2,096. The reply gives both figures as approximate: "陆域面积约2096平方公里、海域面积约5000平方公里", the whole of 黄岛区 (an area, not a planning area).',
  ),
  divisions: sourced(
    [
      division(
        '黄岛区',
        'Huangdao District',
        ['青岛市', 'Qingdao'],
        'whole',
        'The reply: "包括青岛市黄岛区全部行政区域". The old 胶南市 merged into 黄岛区 in 2012.',
      ),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '海洋科技自主创新领航区、深远海开发战略保障基地、军民融合创新示范区、海洋经济国际合作先导区、陆海统筹发展试验区',
      en: 'A leading zone for home-grown marine science and technology; a strategic support base for deep and far-sea development; a demonstration zone for civil-military integration; a forerunner of international cooperation in the marine economy; a pilot zone for coordinating land and sea.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'WEAK: from encyclopaedia mirrors and a Q&A page (Haier and Hisense for appliances; Qianwan and Dongjiakou ports); no primary document seen.',
    ),
    [
      ['marine-economy', '船舶海工', 'Shipbuilding and offshore engineering'],
      ['smart-home-appliances', '家电电子', 'Home appliances and electronics'],
      ['equipment-manufacturing', '高端装备', 'High-end equipment'],
      ['petrochemicals', '石油化工', 'Petrochemicals'],
      ['logistics', '港口物流（前湾、董家口）', 'Port logistics (Qianwan, Dongjiakou)'],
    ],
  ),
  history: [
    unsourced(
      '2012: the former 胶南市 is merged into 黄岛区.',
      'General knowledge; the approving document was not seen.',
    ),
    sourced(
      '2014-06-03: the State Council approves the Qingdao West Coast New Area, covering the whole of 黄岛区.',
      REPLY,
    ),
  ],
};
