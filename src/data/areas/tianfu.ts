import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = 'State Council reply approving 四川天府新区, 2014-10-02';
const CD: [string, string] = ['成都市', 'Chengdu'];
const MS: [string, string] = ['眉山市', 'Meishan'];

export const tianfu: AreaProfile = {
  id: 'tianfu',
  planName: 'Sichuan Tianfu',
  province: { en: 'Sichuan', zh: '四川省' },
  approval: sourced(
    { date: '2014-10-02', kind: 'reply', number: null },
    REPLY,
    'The eleventh new area. The number 国函〔2014〕133号 is general knowledge and was not verified.',
  ),
  officialArea: unsourced(
    { landKm2: officialKm2('tianfu'), planning: true },
    "Planning area of 1,578 km² (Chengdu part 1,293 km² in 2014; directly administered zone 564 km²), from secondary profiles and Sichuan media; the reply's own figure was not seen.",
  ),
  divisions: unsourced(
    [
      division('双流区', 'Shuangliu District', CD, 'partial'),
      division('龙泉驿区', 'Longquanyi District', CD, 'partial'),
      division('新津区', 'Xinjin District (新津县 until 2020)', CD, 'partial'),
      division('简阳市', 'Jianyang City (under 资阳市 in 2014; Chengdu since 2016)', CD, 'partial'),
      division('彭山区', 'Pengshan District', MS, 'partial'),
      division('仁寿县', 'Renshou County', MS, 'partial'),
    ],
    'From secondary profiles. They list 成都高新区 as a seventh unit: it is a functional zone, not a county-level division, and is not drawn. The town count conflicts (31 vs 37).',
  ),
  positioning: sourced(
    {
      zh: '以现代制造业为主的国际化现代新区；内陆开放经济高地、宜业宜商宜居城市、现代高端产业集聚区、统筹城乡一体化发展示范区',
      en: 'An international, modern new area based on modern manufacturing: a highland of the inland open economy, a city good for work, business and living, a cluster of modern high-end industry, and a demonstration zone for integrating town and country.',
    },
    REPLY,
    `Checked against a Japanese summary of the reply. Since 2018 Tianfu is also framed as a "park city". ${TRANSLATION_NOTE}`,
  ),
  industries: industriesFrom(
    unsourced(true, "From 2019 news on Tianfu's economy; no primary document seen."),
    [
      [
        'business-services',
        '总部经济、科技研发、会展与国际商贸',
        'Headquarters, R&D services, exhibitions and trade',
      ],
      ['ai-digital', '人工智能、数字经济', 'AI and the digital economy'],
      ['culture-tourism', '文化创意', 'Creative industries'],
    ],
  ),
  history: [sourced('2014-10-02: the State Council approves the Sichuan Tianfu New Area.', REPLY)],
};
