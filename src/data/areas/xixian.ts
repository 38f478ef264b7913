import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2014〕2号', '2014-01-06');
const XA: [string, string] = ['西安市', "Xi'an"];
const XY: [string, string] = ['咸阳市', 'Xianyang'];

export const xixian: AreaProfile = {
  id: 'xixian',
  planName: 'Shaanxi Xixian',
  province: { en: 'Shaanxi', zh: '陕西省' },
  approval: sourced(
    { date: '2014-01-06', kind: 'reply', number: '国函〔2014〕2号' },
    REPLY,
    "Published 2014-01-10. Approved the same day as Gui'an and counted seventh; the first new area themed on innovating the mode of urban development.",
  ),
  officialArea: sourced(
    { landKm2: officialKm2('xixian'), planning: true },
    REPLY,
    'The reply: "规划控制面积882平方公里". About 900 km² is cited today; the approval figure is kept (rule: the approval unless a later State Council document changed it).',
  ),
  divisions: unsourced(
    [
      division('未央区', 'Weiyang District', XA, 'partial', '三桥, 六村堡'),
      division('长安区', "Chang'an District", XA, 'partial', '马王, 高桥, 斗门, 王寺'),
      division('鄠邑区', 'Huyi District (户县 until 2016)', XA, 'partial', '大王镇'),
      division('秦都区', 'Qindu District', XY, 'partial', '钓台, 陈杨, 沣东, 双照'),
      division('渭城区', 'Weicheng District', XY, 'partial', '北杜, 底张, 周陵, 渭城, 窑店, 正阳'),
      division('泾阳县', 'Jingyang County', XY, 'partial', '泾干, 崇文, 太平, 高庄, 永乐'),
      division('兴平市', 'Xingping City', XY, 'partial', '南位镇 (part)'),
    ],
    `The reply (${REPLY}) only says "西安、咸阳两市所辖7县（区）23个乡镇和街道办事处"; which seven is from a 2015 secondary list (moderate confidence).`,
  ),
  positioning: sourced(
    {
      zh: '我国向西开放的重要枢纽、西部大开发的新引擎和中国特色新型城镇化的范例',
      en: "An important hub of China's opening to the west; a new engine of the Western Development strategy; a model of new-type urbanisation with Chinese characteristics.",
    },
    REPLY,
    `The reply also asks it to build "丝绸之路经济带重要支点" (an important pivot of the Silk Road Economic Belt). ${TRANSLATION_NOTE}`,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "WEAK: from low-quality secondary sources; the airport economy from the Xi'an Xianyang airport cluster (general knowledge).",
    ),
    [
      ['electronic-information', '电子信息', 'Electronic information'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['new-materials', '新材料', 'New materials'],
      ['new-energy', '新能源', 'New energy'],
      ['airport-economy', '临空经济', 'Airport economy'],
    ],
  ),
  history: [
    sourced('2014-01-06: the State Council approves the Shaanxi Xixian New Area.', REPLY),
    unsourced(
      "2017-01: Xi'an takes over the administration (代管) of the new area.",
      "From a Xi'an statistics report as reposted; no primary document seen.",
    ),
  ],
};
