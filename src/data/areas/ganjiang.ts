import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2016〕96号', '2016-06-06');
const NC: [string, string] = ['南昌市', 'Nanchang'];
const JJ: [string, string] = ['九江市', 'Jiujiang'];

export const ganjiang: AreaProfile = {
  id: 'ganjiang',
  planName: 'Jiangxi Ganjiang',
  province: { en: 'Jiangxi', zh: '江西省' },
  approval: sourced(
    { date: '2016-06-06', kind: 'reply', number: '国函〔2016〕96号' },
    REPLY,
    'Published 2016-06-14; the management body was inaugurated on 2016-10-20. The second new area in Central China.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('ganjiang'), planning: true },
    REPLY,
    'The reply: "规划面积465平方公里".',
  ),
  divisions: sourced(
    [
      division(
        '青山湖区',
        'Qingshanhu District',
        NC,
        'partial',
        'Nanchang economic and technological development zone.',
      ),
      division('新建区', 'Xinjian District', NC, 'partial', 'Airport economic zone, 儒乐湖 new town.'),
      division('共青城市', 'Gongqingcheng City', JJ, 'partial'),
      division('永修县', 'Yongxiu County', JJ, 'partial'),
    ],
    REPLY,
    'The reply: "南昌市青山湖区、新建区和共青城市、永修县的部分区域"; "部分" is read as applying to all four.',
  ),
  positioning: sourced(
    {
      zh: '中部地区崛起和推动长江经济带发展的重要支点',
      en: 'An important fulcrum for the Rise of Central China and for developing the Yangtze River Economic Belt.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'Partly proxied from the Nanchang economic and technological development zone inside the area; organosilicon and smart equipment are general knowledge.',
    ),
    [
      ['electronic-information', '光电、电子信息', 'Opto-electronics and electronic information'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['automobiles', '新能源汽车及零部件', 'New-energy vehicles and parts'],
      ['new-materials', '新材料（有机硅等）', 'New materials (organosilicon and others)'],
      ['equipment-manufacturing', '智能装备', 'Smart equipment'],
    ],
  ),
  history: [
    sourced('2016-06-06: the State Council approves the Jiangxi Ganjiang New Area.', REPLY),
    unsourced(
      '2016-10-20: the management body is inaugurated.',
      'From a secondary report; no primary document seen.',
    ),
  ],
};
