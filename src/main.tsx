import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadBriefing, saveBriefing } from './briefing/storage';
import { registerPageFonts } from './fonts/faces';
import { prefetchLight } from './map/geo-data';
import { useAtlas } from './store/store';
import { startUrlSync } from './store/url-sync';
import './styles.css';

// The map's first picture's file loads before React renders anything.
prefetchLight();
registerPageFonts(document);
// The last opened briefing, then the URL (which may present it), both before the first render, so
// the map starts in the linked language, colours and step.
useAtlas.getState().openBriefing(loadBriefing());
useAtlas.subscribe((s, prev) => {
  if (s.briefing !== prev.briefing) saveBriefing(s.briefing);
});
startUrlSync(useAtlas);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
