// The details of the selected area: who it is, where its outline comes from and how exact it is,
// what it does, and what the plan asks of it — each fact marked with its source.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  approvalText,
  areaById,
  areas,
  industryById,
  officialAreaLabel,
  officialAreaText,
  portById,
  strategyById,
} from '../data';
import { outlineSentence } from '../data/outline';
import type { Area, AreaId } from '../data/types';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { AreaOptions } from './AreaOptions';
import { citationsOf, sharedFact } from './citations';
import { CitationList, FactSource, SourceList } from './FactSource';
import { MeasureLists } from './MeasureLists';
import { PHONE_QUERY, useMedia } from './use-media';

export function DetailsPanel() {
  const selected = useAtlas((s) => s.selected);
  const area = selected ? areaById(selected) : undefined;
  // Keyed by area: each selection is a fresh panel, so focus lands on the new heading.
  return area ? <Details key={area.id} area={area} /> : null;
}

function Details({ area }: { area: Area }) {
  const { t, lang } = useT();
  const clear = useAtlas((s) => s.clearSelection);
  const heading = useRef<HTMLHeadingElement>(null);
  const other = lang === 'zh' ? 'en' : 'zh';
  const official = area.officialArea.value;
  const citations = useMemo(() => citationsOf(area), [area]);
  // On a phone the panel is a bottom sheet under the map, half open or expanded.
  const phone = useMedia(PHONE_QUERY);
  const [expanded, setExpanded] = useState(false);

  // A new selection moves focus to its heading, so keyboard and screen-reader users land on it;
  // closing the panel gives focus back to where it came from (a list button, the search box).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus({ preventScroll: false });
    const panel = heading.current?.closest('aside');
    return () => {
      const now = document.activeElement;
      if (opener?.isConnected && (!now || now === document.body || panel?.contains(now))) opener.focus();
    };
  }, []);

  return (
    <CitationList.Provider value={citations}>
      <aside
        className={`details${phone && expanded ? ' expanded' : ''}`}
        aria-labelledby="details-title"
        data-area={area.id}
      >
        <header className="details-head">
          <h2 id="details-title" ref={heading} tabIndex={-1}>
            {area.name[lang]}
          </h2>
          {phone && (
            <button
              type="button"
              className="expand"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {t(expanded ? 'collapseDetails' : 'expandDetails')}
            </button>
          )}
          <button
            type="button"
            className="close"
            onClick={clear}
            aria-label={t('closeDetails', { name: area.name[lang] })}
          >
            ×
          </button>
          <p className="other-name" lang={other === 'zh' ? 'zh-CN' : 'en'}>
            {area.name[other]}
          </p>
        </header>

        <dl className="facts">
          <dt>{t('province')}</dt>
          <dd>{area.province[lang]}</dd>
          <dt>{t('approved')}</dt>
          <dd data-testid="approval" data-kind={area.approval.value.kind}>
            {area.approval.value.date} · {approvalText(area.approval.value, lang)}
            <FactSource fact={area.approval} />
          </dd>
          {/* 规划面积 only where the source calls the figure a planning area; "about" where it says 约. */}
          <dt>{t(officialAreaLabel(official))}</dt>
          <dd data-testid="official-area">
            {officialAreaText(official, lang)}
            <FactSource fact={area.officialArea} />
          </dd>
          <dt>{t('outline')}</dt>
          <dd className={`precision precision-${area.precision}`} data-testid="precision">
            {outlineSentence(area, lang)}
            {area.missingParts.length > 0 && (
              <>
                {' '}
                <span className="missing">
                  {t('outlineMissing', { parts: area.missingParts.join('; ') })}
                </span>
              </>
            )}
          </dd>
          <dt>{t('divisions')}</dt>
          <dd>
            <ul className="divisions">
              {area.divisions.value.map((d) => (
                <li key={`${d.prefecture.zh}${d.name.zh}`}>
                  {d.name[lang]} ({d.prefecture[lang]}) —{' '}
                  {d.coverage === 'whole' ? t('divisionWhole') : t('divisionPartial')}
                </li>
              ))}
            </ul>
            <FactSource fact={area.divisions} />
          </dd>
          <dt>{t('positioning')}</dt>
          <dd>
            <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{area.positioning.value[lang]}</span>
            <FactSource fact={area.positioning} />
          </dd>
          {area.history.length > 0 && (
            <>
              <dt>{t('history')}</dt>
              <dd>
                <ul>
                  {area.history.map((h) => (
                    <li key={h.value}>
                      {h.value}
                      <FactSource fact={h} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>

        <CompareWith area={area} />
        <Industries area={area} />
        <Strategies area={area} />
        <Ports area={area} />
        <MeasureLists area={area} />
        <SourceList />
      </aside>
    </CitationList.Provider>
  );
}

/** "Compare with…": a choice of another area opens the two side by side. */
function CompareWith({ area }: { area: Area }) {
  const { t, lang } = useT();
  const setCompare = useAtlas((s) => s.setCompare);
  return (
    <label className="compare-with">
      <span className="visually-hidden">{t('compareWithLabel', { name: area.name[lang] })}</span>
      <select
        value=""
        onChange={(e) => e.target.value && setCompare([area.id, e.target.value as AreaId])}
        data-testid="compare-with"
      >
        <option value="">{t('compareWith')}</option>
        <AreaOptions areas={areas.filter((a) => a.id !== area.id)} lang={lang} />
      </select>
    </label>
  );
}

function Industries({ area }: { area: Area }) {
  const { t, lang } = useT();
  const shared = sharedFact(area.industries.map((i) => i.fact));
  return (
    <section aria-labelledby="industries-title">
      <h3 id="industries-title">{t('industriesTitle')}</h3>
      <ul className="chips">
        {area.industries.map((ind) => (
          <li
            key={ind.industry}
            className="chip static"
            title={[ind.industry, ...(ind.includes ?? [])]
              .map((id) => industryById(id)?.name[lang] ?? id)
              .join('; ')}
          >
            {ind.label[lang]}
            {!shared && <FactSource fact={ind.fact} />}
          </li>
        ))}
      </ul>
      {shared && (
        <p className="source-block">
          <FactSource fact={shared} />
        </p>
      )}
    </section>
  );
}

function Strategies({ area }: { area: Area }) {
  const { t, lang } = useT();
  const active = useAtlas((s) => s.strategies);
  const toggleStrategy = useAtlas((s) => s.toggleStrategy);
  return (
    <section aria-labelledby="strategies-title">
      <h3 id="strategies-title">{t('strategiesTitle')}</h3>
      <ul className="strategy-list">
        {area.strategies.map((m) => {
          const strategy = strategyById(m.strategy);
          if (!strategy) return null;
          return (
            <li key={m.strategy}>
              <button
                type="button"
                className="chip"
                aria-pressed={active.includes(m.strategy)}
                title={t('strategyChipHint', { name: strategy.name[lang] })}
                onClick={() => toggleStrategy(m.strategy)}
              >
                {strategy.name[lang]}
              </button>
              <span className="evidence" lang="en">
                {m.evidence.value}
                <FactSource fact={m.evidence} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Ports({ area }: { area: Area }) {
  const { t, lang } = useT();
  if (area.ports.length === 0) return null;
  return (
    <section aria-labelledby="ports-title">
      <h3 id="ports-title">{t('portsTitle')}</h3>
      <ul>
        {area.ports.map((id) => {
          const port = portById(id);
          if (!port) return null;
          return (
            <li key={id}>
              {port.name[lang]}
              {port.source && <FactSource fact={{ value: port, source: port.source }} />}
              {/* The same flag the map's hollow diamond shows. */}
              {port.approximate && <span className="badge">{t('portApprox')}</span>}
              {port.note ? (
                <span className="fact-note" lang="en">
                  {port.note}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
