import { useEffect } from 'react';
import { MapView } from './map/MapView';
import { DetailsPanel } from './panels/DetailsPanel';
import { Header } from './panels/Header';
import { Legend } from './panels/Legend';
import { LiveRegion } from './panels/LiveRegion';
import { Notices } from './panels/Notices';
import { Sidebar } from './panels/Sidebar';
import { Tooltip } from './panels/Tooltip';
import { useAtlas } from './store/store';

export function App() {
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selected);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) useAtlas.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={`app ${selected ? 'has-selection' : ''}`}>
      <Header />
      <Notices />
      <Sidebar />
      <main className="map-column">
        <MapView />
        <Tooltip />
        <Legend />
      </main>
      <DetailsPanel />
      <LiveRegion />
    </div>
  );
}
