import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerPageFonts } from './fonts/faces';
import { startUrlSync } from './store/url-sync';
import './styles.css';

registerPageFonts(document);
// Read the URL before the first render, so the map starts in the linked language and colours.
startUrlSync();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
