// The plan as an outline: 5 sections, 25 measures. Choosing a measure shows the areas it names on the
// map (the measure filter) and lists them here; their buttons open the area's details.
import { areaById, linksForMeasure, PLAN_CITATION, plan } from '../data';
import type { Measure } from '../data/types';
import { useAtlas } from '../store/store';
import { measureReach } from '../store/summary';
import { useT } from '../store/use-t';

export function PlanBrowser() {
  const { t } = useT();
  const measure = useAtlas((s) => s.measure);
  const setMeasure = useAtlas((s) => s.setMeasure);
  return (
    <section className="plan-browser" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('planTitle')}</h2>
      <p className="plan-title-en" lang="en">
        {plan.publishedTitle.en}
      </p>
      <p className="hint">{t('planIntro')}</p>
      <p className="lang-note">{t('planIsEnglish')}</p>
      <ol className="sections">
        {plan.sections.map((section) => (
          <li key={section.index}>
            <h3 lang="en">
              {section.numeral} {section.title}
            </h3>
            {section.measures.length > 0 && (
              <ol className="plan-measures">
                {section.measures.map((n) => {
                  const m = plan.measures.find((x) => x.n === n);
                  if (!m) return null;
                  const on = measure === n;
                  return (
                    <li key={n}>
                      <button
                        type="button"
                        className="plan-measure"
                        aria-pressed={on}
                        onClick={() => setMeasure(on ? null : n)}
                      >
                        <span className="measure-n">({n})</span> <span lang="en">{m.lead}</span>
                      </button>
                      {on && <MeasureDetail measure={m} />}
                    </li>
                  );
                })}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function MeasureDetail({ measure }: { measure: Measure }) {
  const { t, lang } = useT();
  const selectArea = useAtlas((s) => s.selectArea);
  const links = linksForMeasure(measure.n);
  const named = [...new Set(links.names.map((l) => l.area))];
  const reach = measureReach(measure.n, lang);
  return (
    <div className="measure-detail" data-testid="measure-detail">
      {named.length > 0 ? (
        <>
          <h4>{t('planMeasureAreas', { n: measure.n })}</h4>
          {reach && <p className="hint">{t('planAlso', { what: reach })}</p>}
          <ul className="chips">
            {named.map((id) => (
              <li key={id}>
                <button type="button" className="chip" onClick={() => selectArea(id)}>
                  {areaById(id)?.name[lang] ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('planMeasureNoAreas', { n: measure.n, what: reach || t('planAllAreas') })}</p>
      )}
      <details>
        <summary>{t('fullText', { n: measure.n })}</summary>
        <blockquote lang="en">{measure.text}</blockquote>
      </details>
      <cite className="source">{PLAN_CITATION(measure.n)}</cite>
    </div>
  );
}
