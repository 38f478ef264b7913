// What the plan asks of an area, in the three ways a measure can reach it: it names the area, it
// reaches the area through a strategy, or it addresses every new area. Quoted verbatim, cited.
import { useState } from 'react';
import { measureByN, measuresForArea, PLAN_CITATION, strategyById } from '../data';
import type { Area, Measure } from '../data/types';
import { useT } from '../store/use-t';
import { sentencesHit, splitSentences } from './sentences';

export function MeasureLists({ area }: { area: Area }) {
  const links = measuresForArea(area.id); // computed once per area, in src/data
  const { t, lang } = useT();
  const [everyOpened, setEveryOpened] = useState(false);
  return (
    <>
      <section aria-labelledby="named-title" className="measures">
        <h3 id="named-title">{t('namedTitle')}</h3>
        <p className="lang-note">{t('planIsEnglish')}</p>
        {links.named.length === 0 ? (
          <p>{t('namedNone')}</p>
        ) : (
          <ol className="measure-list" aria-labelledby="named-title">
            {links.named.map((link) => (
              <MeasureItem
                key={link.measure}
                measure={measureByN(link.measure)}
                marks={link.matches}
                via={[...new Set(link.matches.map((m) => m.alias))]
                  .filter((alias) => alias !== area.planName)
                  .map((alias) => t('namedVia', { alias }))
                  .join('; ')}
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="through-title" className="measures">
        <h3 id="through-title">{t('throughTitle')}</h3>
        {links.throughStrategy.length === 0 ? (
          <p>{t('throughNone')}</p>
        ) : (
          <ol className="measure-list">
            {links.throughStrategy.map((item) => (
              <MeasureItem
                key={item.measure}
                measure={measureByN(item.measure)}
                marks={[]}
                via={t('throughVia', {
                  names: item.strategies
                    .map((l) => strategyById(l.strategy)?.name[lang] ?? l.strategy)
                    .join(', '),
                })}
              />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="every-title" className="measures">
        <details onToggle={(e) => e.currentTarget.open && setEveryOpened(true)}>
          <summary>
            <h3 id="every-title">{t('everyTitle')}</h3>{' '}
            <span>{t('everyCount', { n: links.every.length })}</span>
          </summary>
          {/* Collapsed by default: its ~15 measures are rendered the first time it opens. */}
          {everyOpened && (
            <ol className="measure-list">
              {links.every.map((item) => (
                <MeasureItem key={item.measure} measure={measureByN(item.measure)} marks={[]} via="" />
              ))}
            </ol>
          )}
        </details>
      </section>
    </>
  );
}

function MeasureItem({
  measure,
  marks,
  via,
}: {
  measure: Measure | undefined;
  marks: { start: number; end: number }[];
  via: string;
}) {
  const { t } = useT();
  if (!measure) return null;
  const sentences = splitSentences(measure.text);
  const hit = sentencesHit(sentences, marks);
  return (
    <li className="measure" data-measure={measure.n}>
      <p className="measure-lead" lang="en">
        <span className="measure-n">({measure.n})</span> {measure.lead}
      </p>
      {via ? <p className="measure-via">{via}</p> : null}
      <details className="measure-text">
        <summary>{t('fullText', { n: measure.n })}</summary>
        <blockquote lang="en">
          {sentences.map((s, i) =>
            hit.has(i) ? <mark key={s.start}>{s.text}</mark> : <span key={s.start}>{s.text}</span>,
          )}
        </blockquote>
      </details>
      <cite className="source">{PLAN_CITATION(measure.n)}</cite>
    </li>
  );
}
