// The presentation's side of the presenter view: while presenting, say what is on screen on the
// channel (at every step, and when a presenter view says hello), and go to the steps it asks for.
// Closing this window tells the presenter view, which keeps working on its own.
import { useEffect, useRef } from 'react';
import { currentBriefing } from '../store/presenting';
import { useAtlas } from '../store/store';
import { type FromAudience, type FromPresenter, openChannel } from './presenter-channel';

export function usePresenterLink(): void {
  const presenting = useAtlas((s) => s.presenter.active);
  const startedAt = useRef(0);
  useEffect(() => {
    if (!presenting) return;
    const channel = openChannel();
    if (!channel) return;
    startedAt.current = Date.now();
    const post = (m: FromAudience) => channel.postMessage(m);
    const say = () => {
      const s = useAtlas.getState();
      if (!s.presenter.active) return;
      const b = currentBriefing(s);
      post({
        kind: 'state',
        title: b.title,
        steps: b.steps.map((x) => ({ caption: x.caption, notes: x.notes })),
        step: s.presenter.step,
        startedAt: startedAt.current,
        lang: s.lang,
      });
    };
    channel.onmessage = (e: MessageEvent<FromPresenter>) => {
      if (e.data?.kind === 'hello') say();
      else if (e.data?.kind === 'goTo' && Number.isInteger(e.data.step)) {
        useAtlas.getState().moveTo(e.data.step);
        say();
      }
    };
    const unsubscribe = useAtlas.subscribe((s, prev) => {
      if (s.presenter.step !== prev.presenter.step || s.briefing !== prev.briefing || s.lang !== prev.lang)
        say();
    });
    const onHide = () => post({ kind: 'ended', closed: true });
    window.addEventListener('pagehide', onHide);
    say();
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      post({ kind: 'ended', closed: false });
      channel.close();
    };
  }, [presenting]);
}

/** Opens the presenter view: this page again, as the presenter window, in the same language. */
export function openPresenterWindow(lang: string): Window | null {
  const url = new URL(window.location.href);
  url.search = `?presenter=1${lang === 'zh' ? '&lang=zh' : ''}`;
  url.hash = '';
  return window.open(url.toString(), 'atlas-presenter', 'popup,width=960,height=640');
}
