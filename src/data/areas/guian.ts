import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = 'State Council reply approving 贵州贵安新区, 2014-01-06';
const GY: [string, string] = ['贵阳市', 'Guiyang'];
const AS: [string, string] = ['安顺市', 'Anshun'];

export const guian: AreaProfile = {
  id: 'guian',
  planName: "Guizhou Gui'an",
  province: { en: 'Guizhou', zh: '贵州省' },
  approval: sourced(
    { date: '2014-01-06', kind: 'reply', number: null },
    REPLY,
    'Reported by Xinhua on 2014-01-10; approved the same day as Xixian and counted eighth. The number 国函〔2014〕3号 is general knowledge and was not verified.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('guian'), planning: true },
    REPLY,
    'The reply: "规划控制面积1795平方公里". A secondary profile gives 1,560 km² (an earlier provincial plan?) and about 470 km² for the directly administered zone.',
  ),
  divisions: unsourced(
    [
      division('花溪区', 'Huaxi District', GY, 'partial', '湖潮, 石板, 党武, 麦坪'),
      division('清镇市', 'Qingzhen City', GY, 'partial', '红枫湖镇 (without the lake)'),
      division(
        '平坝区',
        'Pingba District (平坝县 until 2014)',
        AS,
        'partial',
        '马场, 高峰, 城关, 天龙, 白云, 夏云, 羊昌',
      ),
      division('西秀区', 'Xixiu District', AS, 'partial', '蔡官, 七眼桥, 大西桥, 旧州, 刘官, 黄腊'),
    ],
    'The reply says "贵阳、安顺两市所辖4县（市、区）20个乡镇"; which four is from a secondary profile.',
  ),
  positioning: sourced(
    {
      zh: '经济繁荣、社会文明、环境优美的西部地区重要的经济增长极、内陆开放型经济新高地和生态文明示范区',
      en: 'A prosperous, civilised and beautiful place: an important economic growth pole of western China, a new highland of the inland open economy, and a demonstration zone for ecological civilisation.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(true, "From Guiyang/Gui'an big-data reports and 2025 news; no primary document seen."),
    [
      ['ai-digital', '大数据、数据中心、云服务', 'Big data, data centres, cloud services'],
      ['electronic-information', '电子信息制造', 'Electronics manufacturing'],
      ['automobiles', '新能源汽车', 'New-energy vehicles'],
      ['equipment-manufacturing', '高端装备（含航空航天）', 'High-end equipment (incl. aerospace)'],
    ],
  ),
  history: [sourced("2014-01-06: the State Council approves the Guizhou Gui'an New Area.", REPLY)],
};
