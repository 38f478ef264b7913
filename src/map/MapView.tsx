// The map region. Probes WebGL2 first; without it (or if MapLibre fails to start) the region shows a
// clear message instead of a blank box, and the rest of the app keeps working.
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/strings';
import { useAtlas } from '../store/store';
import { type AtlasMap, createAtlasMap } from './atlas-map';
import { hasWebGL2 } from './webgl';

type Failure = { kind: 'no-webgl' } | { kind: 'error'; message: string };

export function MapView({ onReady }: { onReady?: (m: AtlasMap) => void }) {
  const lang = useAtlas((s) => s.lang);
  const region = useRef<HTMLElement>(null);
  const canvasBox = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    const container = canvasBox.current;
    const regionEl = region.current;
    if (!container || !regionEl) return;
    if (!hasWebGL2()) {
      setFailure({ kind: 'no-webgl' });
      regionEl.setAttribute('aria-busy', 'false');
      return;
    }
    let atlas: AtlasMap | null = null;
    try {
      atlas = createAtlasMap(container, regionEl, {
        getState: useAtlas.getState,
        subscribe: useAtlas.subscribe,
        onSelect: (id) => useAtlas.getState().selectArea(id),
        onHover: (h) => useAtlas.getState().hoverArea(h),
        onMove: (bounds) => useAtlas.getState().setView(bounds),
        onError: (message) => console.warn(`map: ${message}`),
      });
      onReady?.(atlas);
    } catch (e) {
      // MapLibre throws GPUInitializationError when the browser will not give it a WebGL2 context.
      if (e instanceof Error && e.name === 'GPUInitializationError') setFailure({ kind: 'no-webgl' });
      else setFailure({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      regionEl.setAttribute('aria-busy', 'false');
    }
    return () => atlas?.destroy();
  }, [onReady]);

  return (
    <section
      ref={region}
      className="map-region"
      aria-label={t(lang, 'mapRegion')}
      aria-busy="true"
      data-testid="map-region"
    >
      <div ref={canvasBox} className="map-canvas" />
      {failure && (
        <div className="map-failure" role="alert">
          <h2>{t(lang, 'mapUnavailableTitle')}</h2>
          <p>
            {failure.kind === 'no-webgl'
              ? t(lang, 'mapUnavailableBody')
              : t(lang, 'mapFailed', { message: failure.message })}
          </p>
        </div>
      )}
    </section>
  );
}
