// The built-in briefing, generated from the data (never typed by hand): all 19 areas, then the five
// regional strategies of measure (2) with their areas, then each area in order of approval.
import {
  areaById,
  areas,
  areasInStrategy,
  linksForMeasure,
  measuresForArea,
  plan,
  strategies,
} from '../data';
import { areaBounds, CHINA, unionBounds } from '../data/bounds';
import type { Briefing, Step } from '../data/briefing';
import type { Area } from '../data/types';
import type { Lang } from '../i18n/strings';

const step = (s: Pick<Step, 'bounds' | 'caption'> & Partial<Step>): Step => ({
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  colorMode: 'strategy',
  notes: '',
  ...s,
});

const list = (items: string[], lang: Lang) => (lang === 'zh' ? items.join('、') : items.join(', '));
const measureRefs = (ns: number[], lang: Lang) =>
  lang === 'zh' ? ns.map((n) => `（${n}）`).join('') : ns.map((n) => `(${n})`).join(', ');

/** The first clause of the positioning: a caption must fit a projector slide. */
function firstClause(text: string, lang: Lang): string {
  const cut = lang === 'zh' ? text.split(/[，；。]/)[0] : text.split(/;|\. /)[0];
  return (cut ?? text).trim().replace(/[.;。]$/, '');
}

function overview(lang: Lang): Step {
  const years = areas.map((a) => a.approval.value.date.slice(0, 4)).sort();
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  const caption =
    lang === 'zh'
      ? `全国${areas.length}个国家级新区（${first}–${last}年批复）。2024年行动计划提出${plan.measures.length}条举措。`
      : `China's ${areas.length} national-level new areas, approved ${first}–${last}. The 2024 Action Plan sets out ${plan.measures.length} measures for them.`;
  return step({ bounds: CHINA, caption });
}

function strategySteps(lang: Lang): Step[] {
  const named = linksForMeasure(2).strategies.map((l) => l.strategy);
  return strategies
    .filter((s) => s.kind === 'regional-strategy' && named.includes(s.id))
    .map((s) => {
      const ids = areasInStrategy(s.id);
      const members = ids.map((id) => areaById(id)?.short[lang] ?? id);
      const caption =
        lang === 'zh'
          ? `${s.name.zh}：${list(members, lang)}。第（2）条要求相关新区抓住其带来的重大机遇。`
          : `${s.name.en}: ${list(members, lang)}. Measure (2) asks the new areas concerned to seize the opportunities it brings.`;
      return step({ strategies: [s.id], bounds: unionBounds(ids.map(areaBounds), 0.25, 5), caption });
    });
}

function areaStep(a: Area, lang: Lang): Step {
  const named = measuresForArea(a.id).named.map((l) => l.measure);
  const year = a.approval.value.date.slice(0, 4);
  const role = firstClause(a.positioning.value[lang], lang);
  const caption =
    lang === 'zh'
      ? `${a.name.zh}（${a.province.zh}），${year}年批复。${role}。${named.length ? `点名条目：第${measureRefs(named, lang)}条。` : '行动计划未点名，适用于全部新区的条目。'}`
      : `${a.name.en} (${a.province.en}), approved ${year}. ${role}. ${named.length ? `Named in measures ${measureRefs(named, lang)}.` : 'Named in no measure; the measures for all new areas apply.'}`;
  return step({ selected: a.id, bounds: unionBounds([areaBounds(a.id)], 0.15, 1.2), caption });
}

export function defaultBriefing(lang: Lang): Briefing {
  return {
    version: 1,
    title:
      lang === 'zh' ? '国家级新区与2024年行动计划' : 'The national-level new areas and the 2024 Action Plan',
    steps: [
      overview(lang),
      ...strategySteps(lang),
      ...areas.map((a) => areaStep(a, lang)), // `areas` is in order of approval
    ],
  };
}
