// Presenting on the live map: a slim step bar (step n of N, caption, pause/play), the selected area's
// key facts in a compact card, autoplay, and fullscreen where the browser allows it (the app's own
// full-window layout otherwise). The clicker keys are the `presenting` commands (store/commands.ts).
import { useEffect, useRef } from 'react';
import { areaById } from '../data';
import { formatNumber } from '../i18n/strings';
import { currentBriefing } from '../store/presenting';
import { useAtlas } from '../store/store';
import { useActions } from '../store/use-actions';
import { useT } from '../store/use-t';
import { ExportButtons } from './ExportButtons';
import { namedRefs } from './slide-content';
import { openPresenterWindow, usePresenterLink } from './use-presenter-link';

const AUTOPLAY_MS = 8000;

/** `opener`: what had focus when presenting started (the app notes it; this view's code may load later). */
export function PresentationView({ opener }: { opener: { readonly current: HTMLElement | null } }) {
  const { t, lang } = useT();
  const presenter = useAtlas((s) => s.presenter);
  const briefing = useAtlas(currentBriefing);
  const selected = useAtlas((s) => s.selected);
  const { moveTo, play, pause, stopPresenting, tick } = useActions(
    'moveTo',
    'play',
    'pause',
    'stopPresenting',
    'tick',
  );
  const enteredFullscreen = useRef(false);
  const controls = useRef<HTMLDivElement>(null);
  usePresenterLink();
  const step = briefing.steps[presenter.step];

  // Focus goes to the step controls when presenting starts (it would fall to <body> as the chrome
  // hides), and back to whatever opened the presentation when it ends.
  useEffect(() => {
    const back = opener.current;
    const next = controls.current?.querySelector<HTMLButtonElement>('.present-next:not(:disabled)');
    (next ?? controls.current?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
    return () => {
      if (back?.isConnected) back.focus();
    };
  }, [opener]);

  // Autoplay.
  useEffect(() => {
    if (!presenter.playing) return;
    const timer = setInterval(tick, AUTOPLAY_MS);
    return () => clearInterval(timer);
  }, [presenter.playing, tick]);

  // Fullscreen where allowed; leaving fullscreen (the browser's own Esc) leaves the presentation.
  useEffect(() => {
    const root = document.documentElement;
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      root
        .requestFullscreen?.()
        .then(() => {
          enteredFullscreen.current = true;
        })
        .catch(() => {
          // Not allowed here (policy, no user gesture): the full-window layout stands in.
        });
    }
    const onChange = () => {
      if (!document.fullscreenElement && enteredFullscreen.current) {
        enteredFullscreen.current = false;
        stopPresenting();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement && enteredFullscreen.current) void document.exitFullscreen?.();
      enteredFullscreen.current = false;
    };
  }, [stopPresenting]);

  const area = selected ? areaById(selected) : undefined;
  return (
    <>
      {area && (
        <aside className="present-card" aria-label={area.name[lang]} data-area={area.id}>
          <h2>{area.name[lang]}</h2>
          <p className="other-name">{area.name[lang === 'zh' ? 'en' : 'zh']}</p>
          <dl>
            <dt>{t('province')}</dt>
            <dd>{area.province[lang]}</dd>
            <dt>{t('approved')}</dt>
            <dd>{area.approval.value.date.slice(0, 4)}</dd>
            <dt>{t('officialArea')}</dt>
            <dd>{t('land', { land: formatNumber(area.officialArea.value.landKm2, lang) })}</dd>
            <dt>{t('namedTitle')}</dt>
            <dd>{namedRefs(area.id)}</dd>
          </dl>
        </aside>
      )}
      <section className="present-bar" aria-label={briefing.title} data-testid="present-bar">
        <h1 className="visually-hidden">{briefing.title}</h1>
        <div className="present-controls" ref={controls}>
          <button
            type="button"
            onClick={() => moveTo('prev')}
            aria-label={t('previousStep')}
            disabled={presenter.step === 0}
          >
            ←
          </button>
          <span className="present-count" aria-live="polite">
            {t('stepOf', { n: presenter.step + 1, total: briefing.steps.length })}
          </span>
          <button
            type="button"
            className="present-next"
            onClick={() => moveTo('next')}
            aria-label={t('nextStep')}
            disabled={presenter.step >= briefing.steps.length - 1}
          >
            →
          </button>
          <button type="button" onClick={presenter.playing ? pause : play} aria-pressed={presenter.playing}>
            {presenter.playing ? `‖ ${t('pauseSteps')}` : `▶ ${t('playSteps')}`}
          </button>
        </div>
        <p className="present-caption" data-testid="present-caption">
          {step?.caption}
        </p>
        <div className="present-actions">
          <ExportButtons compact />
          {typeof BroadcastChannel === 'function' && (
            <button type="button" onClick={() => openPresenterWindow(lang)} data-testid="open-presenter">
              {t('presenterView')}
            </button>
          )}
          <button type="button" onClick={stopPresenting} aria-label={t('exitPresentation')}>
            ✕
          </button>
        </div>
      </section>
    </>
  );
}
