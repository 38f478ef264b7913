import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔1992〕145号', '1992-10-11');

export const pudong: AreaProfile = {
  id: 'pudong',
  planName: 'Shanghai Pudong',
  province: { en: 'Shanghai', zh: '上海市' },
  approval: sourced(
    { date: '1992-10-11', kind: 'reply', number: '国函〔1992〕145号' },
    REPLY,
    'The reply set up 上海市浦东新区 (abolishing 川沙县). The opening-up of Pudong had been announced on 1990-04-18.',
  ),
  officialArea: unsourced(
    { landKm2: officialKm2('pudong'), planning: false },
    'Area of the Pudong district after the 2009 Nanhui merger (1,210.41 km²), the area of a whole district rather than a planning area, from a district profile; no primary document seen.',
  ),
  divisions: sourced(
    [
      division(
        '浦东新区',
        'Pudong New Area',
        ['上海市', 'Shanghai'],
        'whole',
        'The new area is itself a county-level district.',
      ),
    ],
    REPLY,
    "Today's district, which has included the former 南汇区 since 2009.",
  ),
  positioning: unsourced(
    {
      zh: '科学发展的先行区、“四个中心”（国际经济、金融、贸易、航运中心）的核心区、综合改革的试验区、开放和谐的生态区',
      en: 'A forerunner of scientific development; the core of Shanghai\'s "four centres" (international economic, financial, trade and shipping centre); a pilot zone for comprehensive reform; an open, harmonious eco-zone.',
    },
    `The State Council line as summarised in a 2012 compilation; the approving document was not seen. Since 2021 Pudong is also framed as a "leading area of socialist modernisation" (general knowledge). ${TRANSLATION_NOTE}`,
  ),
  industries: [
    ...industriesFrom(
      unsourced(
        true,
        'Pudong\'s "three leading industries" (三大先导产业) and two of its "six hard-core industries", from 2023–24 news reports; no primary document seen.',
      ),
      [
        ['integrated-circuits', '集成电路', 'Integrated circuits'],
        ['biomedicine', '生物医药', 'Biomedicine'],
        ['ai-digital', '人工智能', 'Artificial intelligence'],
        ['aerospace', '民用航空', 'Civil aviation'],
        ['automobiles', '汽车/新能源汽车', 'Automobiles / new-energy vehicles'],
      ],
    ),
    ...industriesFrom(unsourced(true, 'General knowledge (Lujiazui finance, Shanghai shipping centre).'), [
      ['finance-shipping', '金融与航运服务', 'Finance and shipping services'],
    ]),
  ],
  history: [
    unsourced(
      '1990-04-18: the opening-up and development of Pudong is announced.',
      'General knowledge; no primary document seen.',
    ),
    sourced('1992-10-11: the State Council sets up 上海市浦东新区.', REPLY),
    unsourced(
      '2009-05: 南汇区 is merged into Pudong New Area.',
      'General knowledge; the approving document was not seen.',
    ),
  ],
};
