import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const OPINION =
  'State Council opinion 《国务院关于推进天津滨海新区开发开放有关问题的意见》 (国发〔2006〕20号), 2006-05-26';
const DISTRICT = reply('国函〔2009〕125号', '2009-10-21');
const LAYOUT =
  '《滨海新区工业布局规划（2010—2020年）》, published for public comment by the Tianjin Municipal Planning Bureau, 2011-05-20 to 2011-06-18';

export const binhai: AreaProfile = {
  id: 'binhai',
  planName: 'Tianjin Binhai',
  province: { en: 'Tianjin', zh: '天津市' },
  approval: sourced(
    {
      date: '2006-05-26',
      kind: 'opinion',
      number: '国发〔2006〕20号',
      title: '《国务院关于推进天津滨海新区开发开放有关问题的意见》',
    },
    OPINION,
    "Conflict: 1994-03 (Tianjin's own decision to build Binhai), 2006-05-26 (this State Council opinion, an 意见, not a reply) and 2009-10-21 (国函〔2009〕125号, the State Council reply setting up the Binhai administrative district; Tianjin announced it on 2009-11-09). Rule used for every area: the date of the State Council (or central) document that made it a national-level new area; later administrative changes are history. The opinion's number and date were checked in a reproduction of its text, not on a government website.",
  ),
  officialArea: sourced(
    { landKm2: officialKm2('binhai'), planning: true },
    OPINION,
    'The opinion: "规划面积2270平方公里", for the 2006 scope (塘沽区, 汉沽区, 大港区, the economic-technological development zone, the bonded zone, the port area and parts of 东丽区 and 津南区). Tianjin\'s own 11th five-year plan for Binhai (津政发〔2006〕80号) repeats it. A sea area of 3,000 km² appears only in the district\'s own website summary (not a primary document), so it is not shown.',
  ),
  divisions: sourced(
    [
      division(
        '滨海新区',
        'Binhai New Area (district)',
        ['天津市', 'Tianjin'],
        'whole',
        'The district set up in 2009 from the former 塘沽区, 汉沽区 and 大港区.',
      ),
    ],
    DISTRICT,
    "Today's district: the reply makes the former 塘沽区, 汉沽区 and 大港区 its territory. The 2006 scope (in the opinion) also took in parts of 东丽区 and 津南区, which are not in the district and are not drawn.",
  ),
  outlineNote: {
    en: "The outline is today's Binhai district (the former Tanggu, Hangu and Dagang districts, since 2009). The new area's 2006 scope also took in parts of Dongli (东丽区) and Jinnan (津南区), which the outline does not show.",
    zh: '轮廓为今滨海新区行政区（2009年以原塘沽区、汉沽区、大港区设立）。2006年确定的新区范围还包括东丽区、津南区的部分区域，轮廓未予显示。',
  },
  positioning: sourced(
    {
      zh: '依托京津冀、服务环渤海、辐射“三北”、面向东北亚，建设成为我国北方对外开放的门户、高水平的现代制造业和研发转化基地、北方国际航运中心和国际物流中心、宜居生态型新城区',
      en: 'Relying on Beijing-Tianjin-Hebei, serving the Bohai Rim, reaching the "Three Norths" and facing Northeast Asia: to become northern China\'s gateway for opening-up, a high-level base for modern manufacturing and for turning research into products, the northern international shipping and logistics centre, and a liveable, ecological new city district.',
    },
    OPINION,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    sourced(
      true,
      LAYOUT,
      "Its eight leading industrial bases (八大主导产业基地), as published for comment; read in Tianjin press reports of the display (2011-05/06), not in the plan's own text, and whether the adopted plan changed the list was not seen. The equipment base takes in cars and modern metallurgy, and one base joins new energy and new materials.",
    ),
    [
      ['aerospace', '航空航天', 'Aerospace'],
      ['petrochemicals', '石油和化工', 'Petroleum and chemicals'],
      [
        'equipment-manufacturing',
        '装备制造（含汽车、现代冶金）',
        'Equipment manufacturing (cars and modern metallurgy included)',
        ['automobiles', 'metallurgy'],
      ],
      ['electronic-information', '电子信息', 'Electronic information'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['new-energy', '新能源新材料', 'New energy and new materials', ['new-materials']],
      ['textiles', '轻工纺织', 'Light industry and textiles'],
      ['energy-saving-environment', '节能环保', 'Energy saving and environmental protection'],
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
    sourced(
      '2009-10-21: the State Council approves setting up the Binhai administrative district from the former 塘沽区, 汉沽区 and 大港区; Tianjin announces it on 2009-11-09.',
      DISTRICT,
      'The reply is dated 2009-10-21; Tianjin forwarded it on 2009-11-08 and announced it at a meeting on 2009-11-09, the date often given for the district.',
    ),
  ],
};
