// Filters: strategies (several combine with OR), industry, measure; one clear-all; and a one-line
// summary so the filter state is visible at a glance.
import { areasNamedBy, areasWithIndustry, industries, plan, strategies } from '../data';
import { hasFilters } from '../store/selectors';
import { useAtlas } from '../store/store';
import { filterSummary } from '../store/summary';
import { useT } from '../store/use-t';

export function Filters() {
  const { t, lang } = useT();
  const active = useAtlas((s) => s.strategies);
  const industry = useAtlas((s) => s.industry);
  const measure = useAtlas((s) => s.measure);
  const toggleStrategy = useAtlas((s) => s.toggleStrategy);
  const setIndustry = useAtlas((s) => s.setIndustry);
  const setMeasure = useAtlas((s) => s.setMeasure);
  const clearFilters = useAtlas((s) => s.clearFilters);
  const filtered = hasFilters({ strategies: active, industry, measure });

  const groups = [
    { key: 'regional-strategy', title: t('filterStrategies') },
    { key: 'macro-region', title: t('filterRegions') },
  ] as const;

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t('filtersTitle')}</h2>
      <p className="filter-summary" data-testid="filter-summary">
        {filterSummary({ strategies: active, industry, measure }, lang)}
      </p>
      {groups.map((g) => (
        <fieldset key={g.key} className="chip-group">
          <legend>{g.title}</legend>
          {strategies
            .filter((s) => s.kind === g.key)
            .map((s) => (
              <button
                key={s.id}
                type="button"
                className="chip"
                aria-pressed={active.includes(s.id)}
                onClick={() => toggleStrategy(s.id)}
                title={s.name[lang]}
              >
                {s.short[lang]}
              </button>
            ))}
        </fieldset>
      ))}
      <label className="select-row">
        <span>{t('filterIndustry')}</span>
        <select value={industry ?? ''} onChange={(e) => setIndustry(e.target.value || null)}>
          <option value="">{t('filterAnyIndustry')}</option>
          {/* An industry or a measure that matches no area is offered, with its "(0)": it applies and the
              list says why it is empty, as it does when the value comes from a URL or a briefing
              (store/summary.ts, emptyReason). */}
          {industries.map((i) => {
            const n = areasWithIndustry(i.id).length;
            return (
              <option key={i.id} value={i.id}>
                {i.name[lang]} ({n})
              </option>
            );
          })}
        </select>
      </label>
      <label className="select-row">
        <span>{t('filterMeasure')}</span>
        <select
          value={measure ?? ''}
          onChange={(e) => setMeasure(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{t('filterAnyMeasure')}</option>
          {plan.measures.map((m) => {
            const n = areasNamedBy(m.n).length;
            return (
              <option key={m.n} value={m.n}>
                ({m.n}) {m.lead.length > 56 ? `${m.lead.slice(0, 54)}…` : m.lead} ({n})
              </option>
            );
          })}
        </select>
      </label>
      <button type="button" className="clear" onClick={clearFilters} disabled={!filtered}>
        {t('clearFilters')}
      </button>
    </section>
  );
}
