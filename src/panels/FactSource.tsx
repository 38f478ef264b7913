// The source line under a fact: its primary-document citation, or a visible "unsourced" mark.

import type { Fact, Source } from '../data/types';
import { useT } from '../i18n/use-t';

export function SourceLine({ source }: { source: Source | null | undefined }) {
  const { t } = useT();
  if (!source) return <Unsourced />;
  return (
    <span className="source">
      {t('cite', { citation: source.citation })}
      {source.note ? ` (${source.note})` : ''}
    </span>
  );
}

export function Unsourced({ note }: { note?: string | undefined }) {
  const { t } = useT();
  return (
    <span className="source unsourced">
      <span className="badge">{t('unsourced')}</span>
      {note ? ` ${note}` : ''}
    </span>
  );
}

export function FactSource({ fact }: { fact: Fact<unknown> }) {
  if (fact.unsourced) return <Unsourced note={fact.note} />;
  return (
    <>
      <SourceLine source={fact.source} />
      {fact.note ? <span className="fact-note">{fact.note}</span> : null}
    </>
  );
}
