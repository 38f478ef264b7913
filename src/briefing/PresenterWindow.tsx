// The presenter view: a second window (?presenter=1) beside the presentation, for the speaker's eyes:
// the step as "n of N", its caption and speaker notes, the next step's caption, and the time since
// the presentation started. The clicker keys (the `presenting` commands) work here too: this window
// asks the presentation for the step and shows it at once. If the presentation's window closes, this
// one keeps stepping through what it was last told.
import { useEffect, useRef, useState } from 'react';
import { type Lang, t } from '../i18n/strings';
import { commandFor } from '../store/commands';
import {
  type FromAudience,
  type FromPresenter,
  formatElapsed,
  openChannel,
  stepFor,
} from './presenter-channel';

type Shown = Extract<FromAudience, { kind: 'state' }>;
const MOVES = ['next', 'prev', 'first', 'last'] as const;
type KeyMove = (typeof MOVES)[number];

export function PresenterWindow({ lang: startLang }: { lang: Lang }) {
  const [shown, setShown] = useState<Shown | null>(null);
  // Why the presentation stopped answering: it ended, or its window closed; null while it answers.
  const [alone, setAlone] = useState<'ended' | 'closed' | null>(null);
  const [now, setNow] = useState(Date.now());
  // Opened in the effect (and closed in its clean-up), so a remount never holds a closed channel.
  const channel = useRef<BroadcastChannel | null>(null);
  const lang = shown?.lang ?? startLang;

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    const post = (m: FromPresenter) => opened.postMessage(m);
    opened.onmessage = (e: MessageEvent<FromAudience>) => {
      if (e.data?.kind === 'state') {
        setShown(e.data);
        setAlone(null);
      } else if (e.data?.kind === 'ended') setAlone(e.data.closed ? 'closed' : 'ended');
    };
    post({ kind: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'presenterTitle');
  }, [lang]);

  // The clicker's keys, from the same table as the presentation's (Escape is the presentation's own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandFor('presenting', e);
      const move = command?.run?.[0] === 'moveTo' ? command.run[1] : undefined;
      if (!shown || !MOVES.includes(move as KeyMove)) return;
      e.preventDefault();
      const step = stepFor(move as KeyMove, shown.step, shown.steps.length);
      if (step === shown.step) return;
      setShown({ ...shown, step });
      channel.current?.postMessage({ kind: 'goTo', step } satisfies FromPresenter);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown]);

  if (!shown) {
    return (
      <main className="presenter-window">
        <p className="presenter-status">{t(lang, 'presenterWaiting')}</p>
      </main>
    );
  }
  const step = shown.steps[shown.step];
  const next = shown.steps[shown.step + 1];
  return (
    <main className="presenter-window" data-testid="presenter-window">
      <header className="presenter-head">
        <h1>{shown.title}</h1>
        <p className="presenter-count" data-testid="presenter-count" aria-live="polite">
          {t(lang, 'stepOf', { n: shown.step + 1, total: shown.steps.length })}
        </p>
        <p className="presenter-elapsed">
          {t(lang, 'presenterElapsed')}{' '}
          <span data-testid="presenter-elapsed">{formatElapsed(now - shown.startedAt)}</span>
        </p>
      </header>
      {alone && (
        <p className="presenter-status" role="status">
          {t(lang, alone === 'closed' ? 'presenterAlone' : 'presenterEnded')}
        </p>
      )}
      <section className="presenter-now" aria-label={t(lang, 'caption')}>
        <p className="presenter-caption" data-testid="presenter-caption">
          {step?.caption}
        </p>
        <h2>{t(lang, 'notes')}</h2>
        <p className="presenter-notes" data-testid="presenter-notes">
          {step?.notes || t(lang, 'presenterNoNotes')}
        </p>
      </section>
      <section className="presenter-next" aria-label={t(lang, 'presenterNext')}>
        <h2>{t(lang, 'presenterNext')}</h2>
        <p data-testid="presenter-next">{next ? next.caption : t(lang, 'presenterNoNext')}</p>
      </section>
    </main>
  );
}
