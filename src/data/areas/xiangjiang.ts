import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2015〕66号', '2015-04-08');
const CS: [string, string] = ['长沙市', 'Changsha'];

export const xiangjiang: AreaProfile = {
  id: 'xiangjiang',
  planName: 'Hunan Xiangjiang',
  province: { en: 'Hunan', zh: '湖南省' },
  approval: sourced(
    { date: '2015-04-08', kind: 'reply', number: '国函〔2015〕66号' },
    REPLY,
    'Signed 2015-04-08, published 2015-04-25. The first new area in Central China.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('xiangjiang'), planning: false },
    REPLY,
    'The reply: "面积490平方公里", an area, not called a planning area. Conflict: 490 km² in the reply vs about 1,200 km² in Hunan\'s later planning area (all of 岳麓区 plus enclaves in 湘潭 and 湘阴 added from 2020). Rule used for every area: the approval\'s figure unless a later State Council document changed it; the expansion was a provincial decision, so 490.',
  ),
  divisions: sourced(
    [
      division(
        '岳麓区',
        'Yuelu District',
        CS,
        'partial',
        'Part in the 2015 reply; the whole district in the later provincial planning area.',
      ),
      division('望城区', 'Wangcheng District', CS, 'partial'),
      division(
        '宁乡市',
        'Ningxiang City (宁乡县 until 2017)',
        CS,
        'partial',
        "金洲镇: the only part of 宁乡 that Xinhua's description of the area names.",
      ),
    ],
    REPLY,
    'The 2015 scope: the reply says only "长沙市岳麓区、望城区和宁乡县部分区域". Xinhua\'s description of the area at its approval names 15 subdistricts of 岳麓区, 8 of 望城区 and, in 宁乡, 金洲镇 alone; that description was seen only as quoted by others. The enclaves added by Hunan from 2020 (九华, 湘潭市; 湘阴县, 岳阳市) are not in the reply and are not drawn.',
  ),
  positioning: sourced(
    {
      zh: '高端制造研发转化基地和创新创意产业集聚区、产城融合城乡一体的新型城镇化示范区、全国“两型”社会建设引领区、长江经济带内陆开放高地',
      en: 'A base for high-end manufacturing and for turning research into products, and a cluster of innovative and creative industries; a demonstration zone of new-type urbanisation that blends industry with city and town with country; the national leader in building a resource-saving, environment-friendly society; an inland opening-up highland on the Yangtze River Economic Belt.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(true, 'From Hunan media (2022) and China News Service (2025-12-02); no primary document seen.'),
    [
      ['equipment-manufacturing', '先进装备制造（工程机械）', 'Advanced equipment (construction machinery)'],
      ['new-energy', '新能源、先进储能材料', 'New energy and energy-storage materials'],
      ['new-materials', '新材料', 'New materials'],
      [
        'electronic-information',
        '新一代自主安全计算系统、电子信息',
        'Secure computing systems and electronic information',
      ],
      ['automobiles', '智能网联汽车', 'Intelligent connected vehicles'],
    ],
  ),
  history: [
    sourced('2015-04-08: the State Council approves the Hunan Xiangjiang New Area (490 km²).', REPLY),
    unsourced(
      '2020: Hunan adds the 湘潭九华 and 湘阴 enclaves; the provincial planning area grows to about 1,200 km².',
      'From Hunan media; the provincial decision was not seen.',
    ),
  ],
};
