import { sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

// The reply's number, 国函〔2012〕128号, is given only by secondary lists: not confirmed, so not shown
// as the document (as for Zhoushan, Gui'an, Tianfu and Jiangbei).
const REPLY = 'State Council reply 《国务院关于广州南沙新区发展规划的批复》, 2012-09-06';
const DEV_PLAN = `《广州南沙新区发展规划》, approved by ${REPLY}`;
const NANSHA_PLAN_2022 = 'State Council, 《广州南沙深化面向世界的粤港澳全面合作总体方案》 (2022)';

export const nansha: AreaProfile = {
  id: 'nansha',
  planName: 'Guangzhou Nansha',
  province: { en: 'Guangdong', zh: '广东省' },
  approval: sourced(
    { date: '2012-09-06', kind: 'reply', number: null },
    REPLY,
    'The reply approved the 《广州南沙新区发展规划》 and made Nansha a national-level new area; announced 2012-10-10. Wikipedia gives 2012-09-19. The number 国函〔2012〕128号 appears only in secondary lists and could not be confirmed, so it is not shown as the document.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('nansha'), planning: true, landApprox: true },
    DEV_PLAN,
    'The plan: "规划面积约803平方公里", a planning area given as approximate. Wikipedia\'s 527 km² is the pre-2012 Nansha District and is outdated.',
  ),
  divisions: sourced(
    [
      division(
        '南沙区',
        'Nansha District',
        ['广州市', 'Guangzhou'],
        'whole',
        "The plan's scope (south of the 沙湾水道, incl. 东涌, 榄核, 大岗, moved from 番禺区 to 南沙区 in 2012) is today the whole district.",
      ),
    ],
    DEV_PLAN,
  ),
  positioning: unsourced(
    {
      zh: '粤港澳优质生活圈和新型城市化典范、以生产性服务业为主导的现代产业新高地、具有世界先进水平的综合服务枢纽、社会管理服务创新试验区、粤港澳全面合作示范区',
      en: 'A model of the Guangdong-Hong Kong-Macao quality living circle and of new-type urbanisation; a new highland of modern industry led by producer services; a world-class comprehensive service hub; a pilot zone for innovation in social management and services; a demonstration zone for all-round Guangdong-Hong Kong-Macao cooperation.',
    },
    `The five-part wording of the 2012 development plan, from general knowledge (not checked against the plan's text). The 2022 ${NANSHA_PLAN_2022} recasts Nansha as a major strategic platform "立足湾区、协同港澳、面向世界". ${TRANSLATION_NOTE}`,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "From Nansha's 2023 economic summary and Guangzhou's 14th Five-Year Plan as reported; no primary document seen.",
    ),
    [
      ['automobiles', '智能网联新能源汽车', 'Connected new-energy vehicles'],
      ['integrated-circuits', '集成电路', 'Integrated circuits'],
      ['biomedicine', '生物医药', 'Biomedicine'],
      ['ai-digital', '人工智能', 'Artificial intelligence'],
      ['logistics', '航运物流与港口', 'Shipping, logistics and port'],
      ['marine-economy', '海洋科技', 'Marine science and technology'],
    ],
  ),
  history: [
    sourced(
      '2012-09-06: the State Council approves the development plan of the Guangzhou Nansha New Area.',
      REPLY,
    ),
    sourced(
      "2022-06: the State Council issues the overall plan for Nansha's all-round cooperation with Hong Kong and Macao.",
      NANSHA_PLAN_2022,
    ),
  ],
};
