import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = 'State Council reply approving 南京江北新区, 2015-06-27';
const NJ: [string, string] = ['南京市', 'Nanjing'];

export const jiangbei: AreaProfile = {
  id: 'jiangbei',
  planName: 'Nanjing Jiangbei',
  province: { en: 'Jiangsu', zh: '江苏省' },
  approval: sourced(
    { date: '2015-06-27', kind: 'reply', number: null },
    REPLY,
    "Dated 2015-06-27 (People's Daily), announced 2015-07-02. The number 国函〔2015〕103号 is general knowledge and was not verified.",
  ),
  officialArea: sourced(
    { landKm2: officialKm2('jiangbei'), planning: true },
    REPLY,
    'Conflict in meaning: the reply names 浦口区, 六合区 and 栖霞区八卦洲街道 (about 2,451 km² together) but gives "规划面积788平方公里", the core planning area. Rule used for every area: the approval\'s figure, so 788. The map draws the two whole districts (2,386 km²) and cannot draw 八卦洲.',
  ),
  divisions: sourced(
    [
      division(
        '浦口区',
        'Pukou District',
        NJ,
        'whole',
        'Named whole in the reply; the 788 km² core lies inside.',
      ),
      division(
        '六合区',
        'Luhe District',
        NJ,
        'whole',
        'Named whole in the reply; the 788 km² core lies inside.',
      ),
      division('栖霞区', 'Qixia District', NJ, 'partial', '八卦洲街道 only: below county level, not drawn.'),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '自主创新先导区、新型城镇化示范区、长三角地区现代产业集聚区、长江经济带对外开放合作重要平台',
      en: 'A leading zone for home-grown innovation; a demonstration zone for new-type urbanisation; a cluster of modern industry in the Yangtze River Delta; an important platform for opening-up and cooperation on the Yangtze River Economic Belt.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'Nanjing\'s "chip city, gene city, new finance centre" framing, from 2018–19 news; no primary document seen.',
    ),
    [
      ['integrated-circuits', '集成电路（芯片之城）', 'Integrated circuits ("chip city")'],
      ['biomedicine', '生物医药、生命健康（基因之城）', 'Biomedicine and life health ("gene city")'],
      ['automobiles', '新能源汽车', 'New-energy vehicles'],
      ['finance-shipping', '新金融', 'New finance'],
      ['equipment-manufacturing', '智能制造与高端装备', 'Smart manufacturing and high-end equipment'],
      ['logistics', '现代物流', 'Modern logistics'],
    ],
  ),
  history: [sourced('2015-06-27: the State Council approves the Nanjing Jiangbei New Area.', REPLY)],
};
