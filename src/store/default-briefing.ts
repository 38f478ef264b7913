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
import { type Lang, t } from '../i18n/strings';

const step = (s: Pick<Step, 'bounds' | 'caption'> & Partial<Step>): Step => ({
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  colorMode: 'strategy',
  notes: '',
  ...s,
});

const list = (items: string[], lang: Lang) => items.join(t(lang, 'listJoin'));
const measureRefs = (ns: number[], lang: Lang) =>
  ns.map((n) => t(lang, 'measureRef', { n })).join(t(lang, 'measureRefJoin'));

/** The first clause of the positioning: a caption must fit a projector slide. */
function firstClause(text: string, lang: Lang): string {
  const cut = lang === 'zh' ? text.split(/[，；。]/)[0] : text.split(/;|\. /)[0];
  return (cut ?? text).trim().replace(/[.;。]$/, '');
}

function overview(lang: Lang): Step {
  const years = areas.map((a) => a.approval.value.date.slice(0, 4)).sort();
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  const caption = t(lang, 'builtInOverview', {
    areas: areas.length,
    first,
    last,
    measures: plan.measures.length,
  });
  return step({ bounds: CHINA, caption });
}

function strategySteps(lang: Lang): Step[] {
  const named = linksForMeasure(2).strategies.map((l) => l.strategy);
  return strategies
    .filter((s) => s.kind === 'regional-strategy' && named.includes(s.id))
    .map((s) => {
      const ids = areasInStrategy(s.id);
      const members = ids.map((id) => areaById(id)?.short[lang] ?? id);
      const caption = t(lang, 'builtInStrategy', { strategy: s.name[lang], areas: list(members, lang) });
      return step({ strategies: [s.id], bounds: unionBounds(ids.map(areaBounds), 0.25, 5), caption });
    });
}

function areaStep(a: Area, lang: Lang): Step {
  const named = measuresForArea(a.id).named.map((l) => l.measure);
  const year = a.approval.value.date.slice(0, 4);
  const role = firstClause(a.positioning.value[lang], lang);
  const measures = named.length
    ? t(lang, 'builtInAreaNamed', { refs: measureRefs(named, lang) })
    : t(lang, 'builtInAreaNotNamed');
  const caption = t(lang, 'builtInArea', {
    name: a.name[lang],
    province: a.province[lang],
    year,
    role,
    measures,
  });
  return step({ selected: a.id, bounds: unionBounds([areaBounds(a.id)], 0.15, 1.2), caption });
}

export function defaultBriefing(lang: Lang): Briefing {
  return {
    version: 1,
    title: t(lang, 'builtInTitle'),
    steps: [
      overview(lang),
      ...strategySteps(lang),
      ...areas.map((a) => areaStep(a, lang)), // `areas` is in order of approval
    ],
  };
}
