// The comparison table's content, as plain data: one row per question, one cell per compared area,
// each cell a list of short texts. The panel renders it, the print stylesheet prints that, and a
// slide could draw it; the words come from the data and the string table, never typed twice.
import { areaById, industryById, measureByN, measuresForArea, portById, strategyById } from '../data';
import type { AreaId } from '../data/types';
import { formatNumber, type Lang, type PlainKey, t } from '../i18n/strings';

export type CompareItem = {
  text: string /** An industry another compared area also leads in. */;
  shared?: boolean;
};
export type CompareRow = { id: string; label: PlainKey; cells: CompareItem[][] };

const one = (text: string): CompareItem[] => [{ text }];

export function compareRows(ids: readonly AreaId[], lang: Lang): CompareRow[] {
  const list = ids.flatMap((id) => areaById(id) ?? []);
  const none = (items: CompareItem[]) => (items.length ? items : one(t(lang, 'compareNone')));
  const industryCount = new Map<string, number>();
  for (const a of list)
    for (const i of new Set(a.industries.map((x) => x.industry)))
      industryCount.set(i, (industryCount.get(i) ?? 0) + 1);
  const row = (
    id: string,
    label: PlainKey,
    cell: (a: (typeof list)[number]) => CompareItem[],
  ): CompareRow => ({
    id,
    label,
    cells: list.map(cell),
  });
  return [
    row('approval', 'compareRowApproval', (a) => [
      { text: a.approval.value.date },
      { text: a.approval.value.document },
    ]),
    row('area', 'compareRowArea', (a) => {
      const v = a.officialArea.value;
      return one(
        v.seaKm2
          ? t(lang, 'landSea', { land: formatNumber(v.landKm2, lang), sea: formatNumber(v.seaKm2, lang) })
          : t(lang, 'land', { land: formatNumber(v.landKm2, lang) }),
      );
    }),
    row('precision', 'compareRowPrecision', (a) =>
      one(t(lang, a.precision === 'exact' ? 'comparePrecisionExact' : 'comparePrecisionApprox')),
    ),
    row('province', 'compareRowProvince', (a) => one(a.province[lang])),
    row('strategies', 'compareRowStrategies', (a) =>
      none(
        a.strategies
          .flatMap((m) => strategyById(m.strategy) ?? [])
          .filter((s) => s.kind === 'regional-strategy')
          .map((s) => ({ text: s.name[lang] })),
      ),
    ),
    row('macro', 'compareRowMacro', (a) =>
      none(
        a.strategies
          .flatMap((m) => strategyById(m.strategy) ?? [])
          .filter((s) => s.kind === 'macro-region')
          .map((s) => ({ text: s.name[lang] })),
      ),
    ),
    row('measures', 'compareRowMeasures', (a) =>
      none(
        measuresForArea(a.id).named.map((l) => ({
          text: `(${l.measure}) ${measureByN(l.measure)?.lead ?? ''}`.trim(),
        })),
      ),
    ),
    row('industries', 'compareRowIndustries', (a) =>
      none(
        // By the plan's industry categories, each once: that is what two areas can share.
        [...new Set(a.industries.map((i) => i.industry))].map((id) => ({
          text: industryById(id)?.name[lang] ?? id,
          ...((industryCount.get(id) ?? 0) > 1 ? { shared: true } : {}),
        })),
      ),
    ),
    row('ports', 'compareRowPorts', (a) =>
      none(a.ports.flatMap((id) => portById(id) ?? []).map((p) => ({ text: p.name[lang] }))),
    ),
  ];
}
