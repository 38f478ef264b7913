import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { keepSaving, reportStored, restoreBriefing } from './briefing/keeping';
import { isPresenterWindow } from './briefing/presenter-channel';
import { siteStorage } from './briefing/storage';
import { registerPageFonts } from './fonts/faces';
import { t } from './i18n/strings';
import { prefetchLight } from './map/geo-data';
import { useAtlas } from './store/store';
import { startUrlSync } from './store/url-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
if (isPresenterWindow(window.location.search)) {
  // The presenter view: no map, no store of its own; it follows the presentation window. Its code is
  // loaded only here, not with every page of the app.
  void registerPageFonts(document);
  const lang = new URLSearchParams(window.location.search).get('lang') === 'zh' ? 'zh' : 'en';
  void import('./briefing/PresenterWindow')
    .then(({ PresenterWindow }) =>
      createRoot(root).render(
        <StrictMode>
          <PresenterWindow lang={lang} />
        </StrictMode>,
      ),
    )
    .catch((e: unknown) => {
      // Its script did not load (a file missing or refused): say so, as text, instead of a blank window.
      root.textContent = t(lang, 'presenterLoadFailed', {
        error: e instanceof Error ? e.message : String(e),
      });
    });
} else startApp(root);

function startApp(root: HTMLElement) {
  // When the app's own code starts, for the bench (and DevTools): in the single file, how long the
  // parser kept it waiting.
  performance.mark('atlas:start');
  // The map's first picture's file loads before React renders anything.
  prefetchLight();
  // A font file the page could not read (in the single file, a block cut off) is said, not hidden.
  void registerPageFonts(document).then((missing) => {
    const { lang, addNotices } = useAtlas.getState();
    if (missing.length) addNotices([t(lang, 'fontMissing', { files: missing.join(', ') })]);
  });
  // The last opened briefing, then the URL (which may present it), both before the first render, so
  // the map starts in the linked language, colours and step. What storage could not give is said in
  // the URL's language. A browser that gives no storage at all still starts.
  const storage = siteStorage();
  const stored = restoreBriefing(useAtlas, storage);
  startUrlSync(useAtlas);
  reportStored(useAtlas, stored);
  keepSaving(useAtlas, storage);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
