import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2015〕141号', '2015-09-07');
const KM: [string, string] = ['昆明市', 'Kunming'];

export const centralYunnan: AreaProfile = {
  id: 'central-yunnan',
  planName: 'Yunnan Central Dian',
  province: { en: 'Yunnan', zh: '云南省' },
  approval: sourced(
    { date: '2015-09-07', kind: 'reply', number: '国函〔2015〕141号' },
    REPLY,
    'Published 2015-09-15.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('central-yunnan'), planning: false, landApprox: true },
    REPLY,
    'The reply: "初期规划范围包括安宁市、嵩明县和官渡区部分区域，面积约482平方公里", east and west of Kunming\'s main city. It calls the figure an area (面积), given as approximate.',
  ),
  divisions: sourced(
    [
      division('安宁市', 'Anning City', KM, 'partial', 'West cluster (petrochemicals, metallurgy).'),
      division('嵩明县', 'Songming County', KM, 'partial', 'East cluster, near the airport.'),
      division('官渡区', 'Guandu District', KM, 'partial', 'Kunming Changshui airport economic zone.'),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '我国面向南亚东南亚辐射中心的重要支点、云南桥头堡建设重要经济增长极、西部地区新型城镇化综合试验区和改革创新先行区',
      en: "An important pivot of China's centre radiating to South and Southeast Asia; an important growth pole of Yunnan's bridgehead strategy; a comprehensive pilot zone for new-type urbanisation in western China; a forerunner of reform and innovation.",
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "Anning park's clusters (云南日报 2023) and Kunming airport economic zone reports; biomedicine is weakly sourced. No primary document seen.",
    ),
    [
      ['petrochemicals', '石油化工', 'Petrochemicals'],
      ['metallurgy', '冶金', 'Metallurgy'],
      ['new-energy', '新能源电池', 'New-energy batteries'],
      ['airport-economy', '临空产业', 'Airport-economy industries'],
      ['biomedicine', '生物医药', 'Biomedicine'],
    ],
  ),
  history: [
    sourced('2015-09-07: the State Council approves the Yunnan Central Yunnan (滇中) New Area.', REPLY),
  ],
};
