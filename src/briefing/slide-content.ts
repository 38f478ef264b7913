// What an exported slide says, as plain text: title, subtitle, legend, the selected area's key
// facts, the source line and the attribution. Pure, so it is tested without a canvas.
import { legendEntries, MODE_LABEL } from '../colour/legend-labels';
import { areaById, areas, areasApprovedBy, measuresForArea } from '../data';
import { outlineSentence } from '../data/outline';
import type { AreaId } from '../data/types';
import { formatNumber, type Lang, t } from '../i18n/strings';
import { ATTRIBUTION_LINE } from '../map/attribution';
import { currentBriefing } from '../store/presenting';
import type { AppState } from '../store/state';
import { viewTitle } from '../store/summary';

export type SlideContent = {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: { color: string; label: string }[];
  symbols: string[];
  facts: { heading: string; other: string; lines: string[] } | null;
  sources: string;
  attribution: string;
};

/** The numbers of the measures that name an area, "(1) (12)", or a dash. */
export function namedRefs(id: AreaId): string {
  const named = measuresForArea(id).named.map((l) => `(${l.measure})`);
  return named.length ? named.join(' ') : '—';
}

export function slideContent(
  s: Pick<
    AppState,
    'selected' | 'strategies' | 'industry' | 'measure' | 'colorMode' | 'lang' | 'briefing' | 'presenter'
  > &
    Partial<Pick<AppState, 'year' | 'compare'>>,
  today: string,
): SlideContent {
  const lang: Lang = s.lang;
  const briefing = currentBriefing(s);
  const step = s.presenter.active ? briefing.steps[s.presenter.step] : undefined;
  const area = s.selected ? areaById(s.selected) : undefined;
  const compared = (s.compare ?? []).length >= 2 ? (s.compare ?? []).flatMap((id) => areaById(id) ?? []) : [];
  // The timeline's count goes with the view it explains, as on screen.
  const year =
    s.year != null
      ? t(lang, 'timelineCaption', { year: s.year, n: areasApprovedBy(s.year).length, total: areas.length })
      : '';
  const view = compared.length
    ? `${t(lang, 'compareTitle')}: ${compared.map((a) => a.short[lang]).join(' · ')}`
    : viewTitle(s, lang);
  return {
    title: step ? briefing.title : t(lang, 'appTitle'),
    subtitle: step?.caption ?? [view, year].filter(Boolean).join(' · '),
    legendTitle: `${t(lang, 'legendTitle')} · ${t(lang, 'colorBy')}: ${t(lang, MODE_LABEL[s.colorMode])}`,
    legend: legendEntries(s.colorMode, lang),
    symbols: [
      t(lang, 'legendExact'),
      t(lang, 'legendApprox'),
      `${t(lang, 'legendPort')} (${t(lang, 'legendPortApprox')}: ◇)`,
    ],
    facts: compared.length
      ? {
          // A compared area's key facts in one line each; the full table is the printout's.
          heading: t(lang, 'compareTitle'),
          other: compared.map((a) => a.short[lang === 'zh' ? 'en' : 'zh']).join(' · '),
          lines: compared.map(
            (a) =>
              `${a.short[lang]}: ${a.approval.value.date.slice(0, 4)} · ${formatNumber(a.officialArea.value.landKm2, lang)} ${t(lang, 'unitKm2')} · ${namedRefs(a.id)}`,
          ),
        }
      : area
        ? {
            heading: area.name[lang],
            other: area.name[lang === 'zh' ? 'en' : 'zh'],
            lines: [
              `${t(lang, 'province')}: ${area.province[lang]}`,
              `${t(lang, 'approved')}: ${area.approval.value.date} · ${area.approval.value.document}`,
              `${t(lang, 'officialArea')}: ${formatNumber(area.officialArea.value.landKm2, lang)} ${t(lang, 'unitKm2')}`,
              `${t(lang, 'outline')}: ${outlineSentence(area, lang)}`,
              `${t(lang, 'namedTitle')}: ${namedRefs(area.id)}`,
            ],
          }
        : null,
    sources: t(lang, 'slideSources', { date: today }),
    attribution: ATTRIBUTION_LINE.join(' · '),
  };
}
