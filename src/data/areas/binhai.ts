import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const OPINION = 'State Council opinion 《国务院关于推进天津滨海新区开发开放有关问题的意见》, 2006-05-26';

export const binhai: AreaProfile = {
  id: 'binhai',
  planName: 'Tianjin Binhai',
  province: { en: 'Tianjin', zh: '天津市' },
  approval: sourced(
    {
      date: '2006-05-26',
      kind: 'opinion',
      number: null,
      title: '《国务院关于推进天津滨海新区开发开放有关问题的意见》',
    },
    OPINION,
    "Conflict: 1994-03 (Tianjin's own decision to build Binhai), 2006-05-26 (this State Council opinion) and 2009-11-09 (the State Council approval of the Binhai administrative district). Rule used for every area: the date of the State Council (or central) document that made it a national-level new area; later administrative changes are history. Its number 国发〔2006〕20号 is general knowledge and was not verified.",
  ),
  officialArea: sourced(
    { landKm2: officialKm2('binhai'), planning: true },
    'Tianjin Municipal Government, 《天津滨海新区国民经济和社会发展“十一五”规划纲要》 (津政发〔2006〕80号)',
    "All sources agree on 2,270 km² of land. A sea area of 3,000 km² appears in the district's own website summary (not a primary document), so it is not shown.",
  ),
  divisions: unsourced(
    [
      division(
        '滨海新区',
        'Binhai New Area (district)',
        ['天津市', 'Tianjin'],
        'whole',
        'The district set up in 2009 from 塘沽区, 汉沽区 and 大港区.',
      ),
    ],
    "Today's district boundary. The 2006 scope also listed functional zones in 东丽区 and 津南区; the 2009 district is used here (general knowledge).",
  ),
  positioning: sourced(
    {
      zh: '依托京津冀、服务环渤海、辐射“三北”、面向东北亚，建设成为我国北方对外开放的门户、高水平的现代制造业和研发转化基地、北方国际航运中心和国际物流中心、宜居生态型新城区',
      en: 'Relying on Beijing-Tianjin-Hebei, serving the Bohai Rim, reaching the "Three Norths" and facing Northeast Asia: to become northern China\'s gateway for opening-up, a high-level base for modern manufacturing and for turning research into products, the northern international shipping and logistics centre, and a liveable, ecological new city district.',
    },
    OPINION,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "Binhai's 2010 list of eight leading industries, from a secondary profile; no primary document seen.",
    ),
    [
      ['aerospace', '航空航天', 'Aerospace'],
      ['petrochemicals', '石油和化工', 'Petroleum and chemicals'],
      ['electronic-information', '电子信息', 'Electronic information'],
      ['automobiles', '汽车', 'Automobiles'],
      ['equipment-manufacturing', '装备制造', 'Equipment manufacturing'],
      ['biomedicine', '生物制药', 'Biopharmaceuticals'],
      ['new-materials', '新材料', 'New materials'],
      ['new-energy', '新能源', 'New energy'],
    ],
  ),
  history: [
    unsourced(
      '1994-03: Tianjin decides to build the Binhai New Area.',
      'General knowledge; no primary document seen.',
    ),
    sourced(
      '2006-05-26: the State Council brings Binhai into national strategy as a comprehensive-reform pilot.',
      OPINION,
    ),
    unsourced(
      '2009-11-09: the State Council approves the Binhai administrative district, merging 塘沽区, 汉沽区 and 大港区.',
      'General knowledge (the date Wikipedia uses); the approving document was not seen.',
    ),
  ],
};
