import { reply, sourced, unsourced } from '../facts';
import { officialKm2 } from '../geo-inputs';
import { type AreaProfile, division, industriesFrom, TRANSLATION_NOTE } from './profile';

const REPLY = reply('国函〔2014〕76号', '2014-06-23');
const DL: [string, string] = ['大连市', 'Dalian'];

export const jinpu: AreaProfile = {
  id: 'jinpu',
  planName: 'Dalian Jinpu',
  province: { en: 'Liaoning', zh: '辽宁省' },
  approval: sourced(
    { date: '2014-06-23', kind: 'reply', number: '国函〔2014〕76号' },
    REPLY,
    'The tenth new area and the first in Northeast China.',
  ),
  officialArea: sourced(
    { landKm2: officialKm2('jinpu'), planning: false, landApprox: true },
    REPLY,
    'The reply: "总面积约2299平方公里", an area (not called a planning area) given as approximate: all of 金州区 (about 1,390 km²) plus part of 普兰店.',
  ),
  divisions: sourced(
    [
      division('金州区', 'Jinzhou District', DL, 'whole'),
      division(
        '普兰店区',
        'Pulandian District (普兰店市 until 2015)',
        DL,
        'partial',
        'The former 普湾新区 streets around Pulandian Bay (identified from a forum discussion).',
      ),
    ],
    REPLY,
  ),
  positioning: sourced(
    {
      zh: '我国面向东北亚区域开放合作的战略高地、引领东北地区全面振兴的重要增长极、老工业基地转变发展方式的先导区、体制机制创新与自主创新的示范区、新型城镇化和城乡统筹的先行区',
      en: "China's strategic highland for opening and cooperation with Northeast Asia; an important growth pole leading the all-round revitalisation of the Northeast; a forerunner in changing the growth model of an old industrial base; a demonstration zone for institutional and home-grown innovation; a forerunner of new-type urbanisation and town–country integration.",
    },
    REPLY,
    TRANSLATION_NOTE,
  ),
  industries: industriesFrom(
    unsourced(
      true,
      "The Dalian economic and technological development zone's five leading industries, from news reports; no primary document seen.",
    ),
    [
      ['petrochemicals', '石油化工', 'Petrochemicals'],
      ['equipment-manufacturing', '装备制造（数控机床、轴承）', 'Equipment (CNC machine tools, bearings)'],
      ['automobiles', '汽车及零部件', 'Automobiles and parts'],
      ['electronic-information', '电子信息', 'Electronic information'],
      ['biomedicine', '生物医药', 'Biomedicine'],
    ],
  ),
  history: [
    sourced('2014-06-23: the State Council approves the Dalian Jinpu New Area.', REPLY),
    unsourced('2015: 普兰店市 becomes 普兰店区.', 'General knowledge; the approving document was not seen.'),
  ],
};
