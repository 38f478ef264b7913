// Keeps the address bar and the store in step. Selection changes push a history entry (so Back
// returns to the previous area); every other change, and every step of a presentation, replaces it.
import type { StoreApi } from 'zustand';
import { t } from '../i18n/strings';
import { currentBriefing } from './presenting';
import type { AppState } from './state';
import type { Store } from './store';
import { parseUrl, toSearch, type UrlState } from './url';

export const pick = (s: AppState): UrlState => ({
  selected: s.selected,
  strategies: s.strategies,
  industry: s.industry,
  measure: s.measure,
  lang: s.lang,
  year: s.year,
  compare: s.compare,
  embed: s.embed,
  ...(s.presenter.active ? { brief: s.presenter.step + 1 } : {}),
});

/** The store fields a URL sets, with the ones it leaves out reset to their defaults. */
function fromUrl(u: UrlState): Partial<AppState> {
  return {
    selected: u.selected ?? null,
    strategies: u.strategies ?? [],
    industry: u.industry ?? null,
    measure: u.measure ?? null,
    lang: u.lang ?? 'en',
    year: u.year ?? null,
    compare: u.compare ?? [],
    embed: u.embed ?? false,
  };
}

/** ?brief=n opens the presentation at step n of the briefing in use; a step it lacks is a notice. */
function applyBrief(u: UrlState, store: Store): string[] {
  if (u.brief === undefined) {
    if (store.presenter.active) store.stopPresenting();
    return [];
  }
  const count = currentBriefing(store).steps.length;
  if (u.brief > count) {
    return [
      t(store.lang, 'urlBadValue', { key: 'brief', value: u.brief, reason: t(store.lang, 'urlBadBrief') }),
    ];
  }
  store.startPresenting(u.brief - 1);
  return [];
}

export function startUrlSync(store: StoreApi<Store>, win: Window = window): () => void {
  const first = parseUrl(win.location.search);
  store.getState().apply(fromUrl(first.state));
  const notices = [...first.notices, ...applyBrief(first.state, store.getState())];
  if (notices.length) store.getState().addNotices(notices);
  const url = (s: AppState) => `${win.location.pathname}${toSearch(pick(s))}${win.location.hash}`;
  win.history.replaceState(win.history.state, '', url(store.getState()));

  let restoring = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const next = url(s);
    if (next === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (s.selected !== prev.selected && !s.presenter.active)
      win.history.pushState(win.history.state, '', next);
    else win.history.replaceState(win.history.state, '', next);
  });
  const onPop = () => {
    restoring = true;
    const u = parseUrl(win.location.search).state;
    store.getState().apply(fromUrl(u));
    applyBrief(u, store.getState());
    restoring = false;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
