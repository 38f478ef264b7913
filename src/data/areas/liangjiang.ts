import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2010〕36号', '2010-05-05');
const CQ: [string, string] = ['重庆市', 'Chongqing'];

export const liangjiang: AreaProfile = {
  id: 'liangjiang',
  planName: 'Chongqing Liangjiang',
  province: { en: 'Chongqing', zh: '重庆市' },
  approval: sourced(
    { date: '2010-05-05', kind: 'reply', number: '国函〔2010〕36号' },
    REPLY,
    'Formally inaugurated on 2010-06-18 (the date Wikipedia uses).',
  ),
  officialArea: unsourced(
    { landKm2: officialKm2('liangjiang'), planning: true },
    "Planning control area of 1,200 km² as commonly given for the 2010 approval (zh-Wikipedia: 1,205); the reply's own figure was not seen. The county-level district 两江新区 set up on 2025-11-06 covers about 1,360 km², but no State Council document restates the new area's planning area, so 1,200 is kept.",
  ),
  divisions: sourced(
    [
      division(
        '江北区',
        'Jiangbei District',
        CQ,
        'partial',
        '2010 scope. Abolished on 2025-11-06 and merged into the new 两江新区 district.',
      ),
      division(
        '渝北区',
        'Yubei District',
        CQ,
        'partial',
        '2010 scope. Abolished on 2025-11-06; most of it went to the new 两江新区 district.',
      ),
      division(
        '北碚区',
        'Beibei District',
        CQ,
        'partial',
        '2010 scope (蔡家, 水土–复兴). In 2025 its 水土, 复兴, 蔡家岗 subdistricts and 施家梁, 童家溪 towns moved to the new 两江新区 district.',
      ),
    ],
    REPLY,
    'The scope of the 2010 approval, which the county data (c. 2016–17) can draw; since 2025-11-06 the area lies in the county-level district 两江新区 (see history).',
  ),
  positioning: sourced(
    {
      zh: '统筹城乡综合配套改革试验的先行区，内陆重要的先进制造业和现代服务业基地，长江上游地区的经济中心、金融中心和创新中心，内陆地区对外开放的重要门户，科学发展的示范窗口',
      en: 'A forerunner of the comprehensive reform pilot for integrating town and country; a major inland base for advanced manufacturing and modern services; the economic, financial and innovation centre of the upper Yangtze; an important gateway for opening up the interior; a showcase of scientific development.',
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      'The 2010 "5+3" strategic-industry layout and 2021 news reports; no primary document seen.',
    ),
    [
      [
        'automobiles',
        '汽车（含新能源、智能网联汽车）',
        'Automobiles (incl. new-energy and connected vehicles)',
      ],
      ['electronic-information', '电子信息', 'Electronic information'],
      [
        'equipment-manufacturing',
        '轨道交通、电力装备、国防军工',
        'Rail transit, power equipment and defence industry',
      ],
    ],
  ),
  history: [
    sourced('2010-05-05: the State Council approves the Chongqing Liangjiang New Area.', REPLY),
    unsourced(
      '2010-06-18: the new area is formally inaugurated.',
      'Reported by Chongqing media at the time; no primary document seen.',
    ),
    unsourced(
      '2025-11-06: Chongqing sets up the county-level district 两江新区 (about 1,360 km²), absorbing the former 江北区 and most of 渝北区 (its 大湾, 统景, 大盛, 兴隆, 茨竹 went to 北碚区) plus five subdistricts and towns of 北碚区; seat at 金渝大道66号, 金山街道. 江北区 and 渝北区 are abolished.',
      "Reported by China News Service (2025-11-06) and People's Daily (2025-11-07); reports of 2026-01 say the CPC Central Committee and the State Council approved the change in 2025-10, but the approval document was not seen. The county data the map draws predates this change.",
    ),
    unsourced(
      "2026-01-25: the district 两江新区 is formally inaugurated (挂牌), with its Party committee, people's congress, government and CPPCC; it has 31 subdistricts and 11 towns, about 1,360 km² and about 3.52 million people.",
      'Reported by Xinhua and China News Service on 2026-01-25; no primary document (a Chongqing notice) was seen.',
    ),
  ],
};
