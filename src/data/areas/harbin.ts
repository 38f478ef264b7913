import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2015〕217号', '2015-12-16');
const HRB: [string, string] = ['哈尔滨市', 'Harbin'];

export const harbin: AreaProfile = {
  id: 'harbin',
  planName: 'Harbin',
  province: { en: 'Heilongjiang', zh: '黑龙江省' },
  approval: sourced(
    { date: '2015-12-16', kind: 'reply', number: '国函〔2015〕217号' },
    REPLY,
    'Published 2015-12-22. The only new area themed on cooperation with Russia.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('harbin'), planning: true },
    REPLY,
    'The reply: "规划面积493平方公里".',
  ),
  divisions: sourced(
    [
      division('松北区', 'Songbei District', HRB, 'partial', 'The core, north of the Songhua River.'),
      division('呼兰区', 'Hulan District', HRB, 'partial'),
      division('平房区', 'Pingfang District', HRB, 'partial', 'Industrial support area (哈南工业新城).'),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '中俄全面合作重要承载区、东北地区新的经济增长极、老工业基地转型发展示范区和特色国际文化旅游聚集区',
      en: 'An important platform for all-round China–Russia cooperation; a new growth pole of Northeast China; a demonstration zone for transforming an old industrial base; a cluster of distinctive international culture and tourism.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'WEAK: mostly low-quality secondary sources; a 2018 report says food and pharmaceuticals dominate its industry.',
    ),
    [
      ['equipment-manufacturing', '高端装备制造', 'High-end equipment'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['electronic-information', '新一代信息技术', 'Next-generation information technology'],
      ['new-materials', '新材料', 'New materials'],
      ['agriculture-food', '绿色食品加工', 'Green food processing'],
      ['culture-tourism', '文化旅游', 'Culture and tourism'],
    ],
  ),
  history: [sourced('2015-12-16: the State Council approves the Harbin New Area.', REPLY)],
};
