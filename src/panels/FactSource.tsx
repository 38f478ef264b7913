// How a fact shows where it comes from: a short [n] pointing at the numbered list of primary
// documents at the end of the panel, or a visible "unsourced" mark with the reason.
import { createContext, useContext } from 'react';
import type { Fact } from '../data/types';
import { useT } from '../store/use-t';

/** The panel's numbered documents; a citation's number is its index + 1. */
export const CitationList = createContext<string[]>([]);

function CiteMark({ citation }: { citation: string }) {
  const list = useContext(CitationList);
  const n = list.indexOf(citation) + 1;
  if (n === 0) return <span className="source">{citation}</span>;
  return (
    <a className="cite" href={`#cite-${n}`} title={citation}>
      [{n}]
    </a>
  );
}

function Unsourced({ note }: { note?: string | undefined }) {
  const { t } = useT();
  return (
    <span className="unsourced">
      <span className="badge">{t('unsourced')}</span>
      {note ? (
        <span className="fact-note" lang="en">
          {' '}
          {note}
        </span>
      ) : null}
    </span>
  );
}

export function FactSource({ fact }: { fact: Fact<unknown> }) {
  if (fact.unsourced) return <Unsourced note={fact.note} />;
  return (
    <>
      {' '}
      <CiteMark citation={fact.source.citation} />
      {fact.source.note ? (
        <span className="fact-note" lang="en">
          {fact.source.note}
        </span>
      ) : null}
      {fact.note ? (
        <span className="fact-note" lang="en">
          {fact.note}
        </span>
      ) : null}
    </>
  );
}

/** The numbered documents, at the end of the panel. */
export function SourceList() {
  const list = useContext(CitationList);
  const { t } = useT();
  if (!list.length) return null;
  return (
    <section aria-labelledby="sources-title" className="sources">
      <h3 id="sources-title">{t('sourcesTitle')}</h3>
      <ol>
        {list.map((c, i) => (
          <li key={c} id={`cite-${i + 1}`}>
            {c}
          </li>
        ))}
      </ol>
    </section>
  );
}
