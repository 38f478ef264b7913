import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ExportButtons } from './briefing/ExportButtons';
import { PrintCredits } from './briefing/PrintCredits';
import { PrintHandout } from './briefing/PrintHandout';
import { COMPARE_WIDTH, DETAILS_WIDTH, NARROW_QUERY } from './map/insets';
import { MapView } from './map/MapView';
import { BriefingPanel, ComparePanel, OnDemand, PlanBrowser, PresentationView } from './on-demand';
import { DetailsPanel } from './panels/DetailsPanel';
import { DownloadData } from './panels/DownloadData';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { Header } from './panels/Header';
import { Legend } from './panels/Legend';
import { LiveRegion } from './panels/LiveRegion';
import { Notices } from './panels/Notices';
import { Share } from './panels/Share';
import { Sidebar } from './panels/Sidebar';
import { SkipLinks } from './panels/SkipLinks';
import { Timeline } from './panels/Timeline';
import { Tooltip } from './panels/Tooltip';
import { TABLET_QUERY, useMedia } from './panels/use-media';
import { isComparing } from './store/compare';
import { useAtlas } from './store/store';
import { useGlobalKeyCommands } from './store/use-key-commands';
import { useT } from './store/use-t';

/** The list and panels render after the map's first picture, and no later than this. */
const REST_AT_LATEST_MS = 1500;

export function App() {
  const { t, lang } = useT();
  const selected = useAtlas((s) => s.selected);
  const presenting = useAtlas((s) => s.presenter.active);
  const comparing = useAtlas(isComparing);
  const comparePending = useAtlas((s) => s.compare.length > 0 && !isComparing(s));
  const embed = useAtlas((s) => s.embed);
  const narrow = useMedia(NARROW_QUERY);
  const startPresenting = useAtlas((s) => s.startPresenting);
  // On a tablet the list is a drawer: open at first, closed to give the map the whole width.
  const tablet = useMedia(TABLET_QUERY);
  const [listOpen, setListOpen] = useState(true);
  // The first commit holds the map; the list, the details and the rest render in a second,
  // interruptible pass once the map's first picture is up (or after a moment, if it never comes),
  // so they do not hold that picture, or MapLibre's start, up.
  const [rest, setRest] = useState(false);
  const showRest = useCallback(() => startTransition(() => setRest(true)), []);
  useEffect(() => {
    const timer = setTimeout(showRest, REST_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, [showRest]);

  // What had focus when presenting started, noted before the chrome hides (the presentation's code
  // may arrive later, by when focus has fallen to <body>); focus goes back to it at the end.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (presenting)
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [presenting]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useGlobalKeyCommands();

  return (
    <div
      className={`app ${selected ? 'has-selection' : ''} ${comparing ? 'comparing' : ''} ${presenting ? 'presenting' : ''} ${narrow ? 'narrow' : ''} ${tablet && !listOpen ? 'list-closed' : ''} ${embed ? 'embed' : ''}`}
      style={
        {
          '--details-width': `${DETAILS_WIDTH}px`,
          '--compare-width': `${COMPARE_WIDTH}px`,
        } as React.CSSProperties
      }
    >
      {!presenting && !embed && <SkipLinks showList={() => setListOpen(true)} />}
      {/* Embedded in another page (?embed=1): the map and the details, with a way to the full app
          instead of the header, search and sidebar tabs. */}
      {embed ? (
        <nav className="embed-bar" aria-label={t('appTitle')}>
          <span className="embed-title">{t('appTitle')}</span>
          <Share />
        </nav>
      ) : (
        <Header>
          {tablet && !narrow && (
            <button
              type="button"
              aria-expanded={listOpen}
              aria-controls="sidebar"
              onClick={() => setListOpen(!listOpen)}
            >
              ☰ {t(listOpen ? 'hideList' : 'showList')}
            </button>
          )}
          <button type="button" onClick={() => startPresenting(0)}>
            ▶ {t('present')}
          </button>
          <ExportButtons />
          <DownloadData />
          <Share menu />
        </Header>
      )}
      <Notices />
      {/* Printed only: first, so the page reads map, legend, then the details. */}
      {rest && !embed && <PrintHandout />}
      {!embed && (
        <ErrorBoundary area="sidebar">
          {rest ? (
            <Sidebar
              plan={
                <OnDemand area="plan">
                  <PlanBrowser />
                </OnDemand>
              }
              briefing={
                <OnDemand area="briefing">
                  <BriefingPanel />
                </OnDemand>
              }
            />
          ) : (
            <div className="sidebar" />
          )}
        </ErrorBoundary>
      )}
      <main className="map-column">
        <ErrorBoundary area="map">
          <MapView onFirstPicture={showRest} />
        </ErrorBoundary>
        <Tooltip />
        <ErrorBoundary area="legend">
          <Legend />
        </ErrorBoundary>
        <ErrorBoundary area="timeline">
          <Timeline />
        </ErrorBoundary>
        {presenting && (
          <OnDemand area="presentation" quiet>
            <PresentationView opener={opener} />
          </OnDemand>
        )}
      </main>
      {/* The comparison takes the details' place while it is open; closing it shows them again. */}
      {rest &&
        (comparing ? (
          <OnDemand area="comparison" quiet>
            <ComparePanel />
          </OnDemand>
        ) : (
          <ErrorBoundary area="details">
            <DetailsPanel />
          </ErrorBoundary>
        ))}
      {rest && comparePending && (
        <OnDemand area="comparison" quiet>
          <ComparePanel />
        </OnDemand>
      )}
      {/* Printed only: last, after the details (or the list). */}
      {rest && <PrintCredits />}
      <LiveRegion />
    </div>
  );
}
