import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2016〕31号', '2016-02-03');
const CC: [string, string] = ['长春市', 'Changchun'];

export const changchun: AreaProfile = {
  id: 'changchun',
  planName: 'Changchun',
  province: { en: 'Jilin', zh: '吉林省' },
  approval: sourced(
    { date: '2016-02-03', kind: 'reply', number: '国函〔2016〕31号' },
    REPLY,
    'Date from a secondary source; published 2016-02-15.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('changchun'), planning: true, landApprox: true },
    REPLY,
    'The reply: "规划面积约499平方公里", a planning area given as approximate.',
  ),
  divisions: sourced(
    [
      division('朝阳区', 'Chaoyang District', CC, 'partial'),
      division('宽城区', 'Kuancheng District', CC, 'partial'),
      division('二道区', 'Erdao District', CC, 'partial'),
      division('九台区', 'Jiutai District', CC, 'partial'),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '创新经济发展示范区、新一轮东北振兴的重要引擎、图们江区域合作开发的重要平台、体制机制改革先行区',
      en: 'A demonstration zone of the innovation economy; an important engine of the new round of Northeast revitalisation; an important platform for cooperative development of the Tumen River region; a forerunner of institutional reform.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'From 2016 news on the approval ("three leading industries", "four industrial bases"); no primary document seen.',
    ),
    [
      ['automobiles', '汽车', 'Automobiles'],
      ['equipment-manufacturing', '轨道交通装备', 'Rail transit equipment'],
      ['electronic-information', '光电子与高新技术', 'Opto-electronics and high technology'],
      ['airport-economy', '临空经济（航空物流）', 'Airport economy (air logistics)'],
      ['biomedicine', '生物医药、健康养老', 'Biomedicine, health and elderly care'],
      ['agriculture-food', '现代农业', 'Modern agriculture'],
    ],
  ),
  history: [sourced('2016-02-03: the State Council approves the Changchun New Area.', REPLY)],
};
