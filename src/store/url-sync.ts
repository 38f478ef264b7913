// Keeps the address bar and the store in step. Selection changes push a history entry (so Back
// returns to the previous area); every other change replaces the current one.

import type { AppState } from './state';
import { useAtlas } from './store';
import { parseUrl, toSearch, type UrlState } from './url';

const pick = (s: AppState): UrlState => ({
  selected: s.selected,
  strategies: s.strategies,
  industry: s.industry,
  measure: s.measure,
  lang: s.lang,
});

/** The store fields a URL sets, with the ones it leaves out reset to their defaults. */
function fromUrl(u: UrlState): Partial<AppState> {
  return {
    selected: u.selected ?? null,
    strategies: u.strategies ?? [],
    industry: u.industry ?? null,
    measure: u.measure ?? null,
    lang: u.lang ?? 'en',
  };
}

export function startUrlSync(win: Window = window): () => void {
  const store = useAtlas;
  const first = parseUrl(win.location.search);
  store.getState().apply(fromUrl(first.state));
  if (first.notices.length) store.getState().addNotices(first.notices);
  const url = (s: AppState) => `${win.location.pathname}${toSearch(pick(s))}${win.location.hash}`;
  win.history.replaceState(win.history.state, '', url(store.getState()));

  let restoring = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const next = url(s);
    if (next === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (s.selected !== prev.selected) win.history.pushState(win.history.state, '', next);
    else win.history.replaceState(win.history.state, '', next);
  });
  const onPop = () => {
    restoring = true;
    store.getState().apply(fromUrl(parseUrl(win.location.search).state));
    restoring = false;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
