import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const NOTICE =
  'Notice of the CPC Central Committee and the State Council establishing 河北雄安新区, released 2017-04-01';
const OUTLINE =
  '《河北雄安新区规划纲要》, approved by the CPC Central Committee and the State Council (published 2018-04-21)';
const BD: [string, string] = ['保定市', 'Baoding'];

export const xiongan: AreaProfile = {
  id: 'xiongan',
  planName: "Hebei Xiong'an",
  province: { en: 'Hebei', zh: '河北省' },
  approval: sourced(
    { date: '2017-04-01', kind: 'notice', number: null },
    NOTICE,
    "Set up by a notice (通知) of the CPC Central Committee and the State Council, released by Xinhua on 2017-04-01, not by a State Council reply. No document number was published with it, and the notice's own signing date was not seen.",
  ),
  officialArea: sourced(
    { landKm2: officialKm2('xiongan'), planning: true },
    OUTLINE,
    'Conflict: the 2017 notice gives a long-term control area of about 2,000 km² (start-up area ~100, mid-term ~200); the 2018 outline fixes the planning area (规划面积) at 1,770 km². Rule used for every area: the founding figure unless a later central document changed it, so 1,770. The figure and scope were checked in reproductions of the outline, not in its official text.',
  ),
  divisions: sourced(
    [
      division('雄县', 'Xiong County', BD, 'whole'),
      division('容城县', 'Rongcheng County', BD, 'whole'),
      division('安新县', 'Anxin County', BD, 'whole', 'Includes Baiyangdian lake.'),
      division(
        '高阳县',
        'Gaoyang County',
        BD,
        'partial',
        '龙化乡 only (administered by 安新县): below county level, not drawn.',
      ),
      division(
        '任丘市',
        'Renqiu City',
        ['沧州市', 'Cangzhou'],
        'partial',
        '鄚州镇, 苟各庄镇, 七间房乡 only (administered by 雄县): below county level, not drawn.',
      ),
    ],
    OUTLINE,
    'The 2017 notice names 雄县, 容城, 安新 "及周边部分区域"; the 2018 outline names the surrounding parts.',
  ),
  positioning: sourced(
    {
      zh: '北京非首都功能疏解集中承载地；继深圳经济特区和上海浦东新区之后又一具有全国意义的新区，千年大计、国家大事',
      en: "The place that concentrates the functions moved out of Beijing that are not those of a capital; a new area of national significance after the Shenzhen Special Economic Zone and Shanghai's Pudong — a plan for the millennium and a major national undertaking.",
    },
    NOTICE,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'The five key industries as reported in news coverage; they match the list commonly quoted from the 2018 outline, which was not checked here.',
    ),
    [
      ['electronic-information', '新一代信息技术', 'Next-generation information technology'],
      ['biomedicine', '现代生命科学和生物技术', 'Modern life sciences and biotechnology'],
      ['new-materials', '新材料', 'New materials'],
      ['business-services', '高端现代服务业', 'High-end modern services'],
      ['agriculture-food', '绿色生态农业', 'Green ecological agriculture'],
    ],
  ),
  history: [
    sourced(
      "2017-04-01: the CPC Central Committee and the State Council announce the Hebei Xiong'an New Area.",
      NOTICE,
    ),
    sourced('2018-04: the planning outline is approved and published; planning area 1,770 km².', OUTLINE),
  ],
};
