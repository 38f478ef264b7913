import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const SCIO =
  'State Council reply approving 浙江舟山群岛新区, announced at the State Council Information Office press conference of 2011-07-07';
const ZS: [string, string] = ['舟山市', 'Zhoushan'];

export const zhoushan: AreaProfile = {
  id: 'zhoushan',
  planName: 'Zhejiang Zhoushan Archipelago',
  province: { en: 'Zhejiang', zh: '浙江省' },
  approval: sourced(
    { date: '2011-06-30', kind: 'reply', number: null },
    SCIO,
    'Approval date 2011-06-30 from a journal article; announced 2011-07-07 (Wikipedia gives 2011-07-08). The number 国函〔2011〕77号 is general knowledge and was not verified, so it is not shown as the document.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('zhoushan'), seaKm2: 20800, planning: false },
    SCIO,
    'The whole of Zhoushan city: 1,390 islands, 1,440 km² of land (陆域面积) and 20,800 km² (2.08万) of inner sea; areas of the whole city, not planning areas.',
  ),
  divisions: sourced(
    [
      division('定海区', 'Dinghai District', ZS, 'whole'),
      division('普陀区', 'Putuo District', ZS, 'whole'),
      division('岱山县', 'Daishan County', ZS, 'whole'),
      division(
        '嵊泗县',
        'Shengsi County',
        ZS,
        'whole',
        'Its islands include Yangshan, the deep-water area of the Port of Shanghai.',
      ),
    ],
    SCIO,
    'The scope is "舟山市现有行政区域范围", the whole of Zhoushan city.',
  ),
  positioning: sourced(
    {
      zh: '浙江海洋经济发展的先导区、海洋综合开发试验区、长江三角洲地区经济发展的重要增长极',
      en: "The leading zone of Zhejiang's marine economy; a pilot zone for comprehensive marine development; an important growth pole of the Yangtze River Delta economy.",
    },
    SCIO,
    `China's first new area themed on the marine economy. ${TRANSLATION_NOTE}`,
  ),
  industries: [
    ...industriesFrom(
      sourced(
        true,
        SCIO,
        'The announcement lists port logistics, port-side industry, marine tourism and marine fisheries as the pillars.',
      ),
      [
        ['logistics', '港口物流', 'Port logistics'],
        ['marine-economy', '临港工业、海洋渔业', 'Port-side industry, marine fisheries'],
        ['culture-tourism', '海洋旅游', 'Marine tourism'],
      ],
    ),
    ...industriesFrom(
      unsourced(true, 'General knowledge: the bulk-commodity hub and the Zhoushan green petrochemical base.'),
      [['petrochemicals', '石化（临港工业）', 'Petrochemicals (port-side industry)']],
    ),
  ],
  history: [
    sourced(
      '2011-07-07: the approval is announced at a State Council Information Office press conference.',
      SCIO,
    ),
  ],
};
