import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = 'State Council reply approving 贵州贵安新区, 2014-01-06';
const MASTER_PLAN =
  "Guizhou Provincial People's Government, reply on 《贵安新区总体规划（2013—2030年）》 (黔府函〔2014〕111号), 2014";
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
    'The reply: "区域范围涉及贵阳、安顺两市所辖4县（市、区）20个乡镇，规划控制面积1795平方公里"; the province\'s master-plan reply (黔府函〔2014〕111号) gives the same 1,795 km². A secondary profile gives 1,560 km² (an earlier provincial plan?) and about 470 km² for the directly administered zone.',
  ),
  divisions: sourced(
    [
      division('花溪区', 'Huaxi District', GY, 'partial', '石板, 党武, 湖潮, 麦坪'),
      division(
        '清镇市',
        'Qingzhen City',
        GY,
        'partial',
        '红枫湖镇 and the 百花, 红新, 新岭, 红塔, 巢凤 communities',
      ),
      division(
        '平坝区',
        'Pingba District (平坝县 until 2014)',
        AS,
        'partial',
        '鼓楼 and 安平 subdistricts (the former 城关镇), 夏云, 天龙, 白云, 羊昌, 高峰, 马场, 乐平, 十字',
      ),
      division('西秀区', 'Xixiu District', AS, 'partial', '蔡官, 七眼桥, 大西桥, 旧州, 刘官, 黄腊'),
    ],
    MASTER_PLAN,
    'The State Council reply says only "贵阳、安顺两市所辖4县（市、区）20个乡镇". The province\'s reply on the master plan names them: 1 + 4 + 9 + 6 = 20, counting the former 城关镇 of 平坝 (split in 2013 into the 鼓楼 and 安平 subdistricts) as one; 乐平 and 十字 in 平坝, missing from the secondary profile used before, are among them (moderate confidence: read only in a reproduction, and the 2013 township changes in 平坝 make the count depend on counting the former 城关镇 once). Checked in a reproduction of the provincial reply; its exact date was not seen.',
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
