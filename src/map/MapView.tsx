// The map region: the surface the renderers draw on (focusable, moved by pointer and keys), the zoom
// buttons, the scale bar and the attribution, the same whichever renderer draws. If even the 2D
// canvas cannot start, the region says so and the rest of the app keeps working.
import { useEffect, useRef, useState } from 'react';
import { quoteValue } from '../i18n/quote';
import { t } from '../i18n/strings';
import { useHover } from '../store/hover';
import { useAtlas } from '../store/store';
import { useKeyCommands } from '../store/use-key-commands';
import { AreaKeys } from './AreaKeys';
import { ATTRIBUTION_LINE, ATTRIBUTION_SHORT } from './attribution';
import type { Camera, Size } from './camera';
import type { HashProblem } from './camera-hash';
import { createMapController, type MapController, MapStalled } from './controller';
import { GeoLoadError } from './geo-data';
import { Inset } from './Inset';
import { scaleBar } from './scale-bar';
import { ZOOM } from './tokens';
import { showsNation } from './views';

/** The arrow keys pan the focused map this far (the keys themselves: store/commands.ts). */
const PAN_PX = 100;

function hashNotice(p: HashProblem): string {
  const lang = useAtlas.getState().lang;
  const reason =
    p.reason === 'zoomClamped'
      ? t(lang, 'urlCameraZoom', { min: ZOOM.min, max: ZOOM.max })
      : t(lang, 'urlBadCamera');
  return t(lang, 'urlBadValue', { key: '#map', value: quoteValue(p.value), reason });
}

/** `onFirstPicture`: the map's first complete picture is on screen, or the map could not start. */
export function MapView({ onFirstPicture }: { onFirstPicture?: () => void }) {
  const lang = useAtlas((s) => s.lang);
  const region = useRef<HTMLElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [view, setView] = useState<{ camera: Camera; size: Size } | null>(null);
  /** Why the map cannot draw: no canvas at all, or its data did not load (then it can try again). */
  const [failure, setFailure] = useState<{ data: GeoLoadError | null; detail: string } | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs it: "Try again" builds the map anew
  useEffect(() => {
    const regionEl = region.current;
    const surfaceEl = surface.current;
    if (!regionEl || !surfaceEl) return;
    const store = useAtlas.getState;
    try {
      const c = createMapController({
        region: regionEl,
        surface: surfaceEl,
        getState: useAtlas.getState,
        subscribe: useAtlas.subscribe,
        onSelect: (id) => store().selectArea(id),
        onHover: (h) => useHover.getState().hoverArea(h),
        onMove: (bounds) => store().setView(bounds),
        onCamera: (camera, size) => setView({ camera, size }),
        onFirstPicture: () => onFirstPicture?.(),
        onBadHash: (p) => store().addNotices([hashNotice(p)]),
        onError: (e) => {
          if (e instanceof GeoLoadError)
            store().addNotices([t(store().lang, 'mapLayerFailed', { file: e.file })]);
          else if (e instanceof MapStalled) store().addNotices([t(store().lang, 'mapStalled')]);
          else console.warn(`map: ${e.message}`);
        },
        onFailed: (e) => {
          setFailure({ data: e instanceof GeoLoadError ? e : null, detail: e.message });
          onFirstPicture?.();
        },
      });
      controller.current = c;
      return () => {
        c.destroy();
        controller.current = null;
      };
    } catch (e) {
      setFailure({ data: null, detail: e instanceof Error ? e.message : String(e) });
      regionEl.setAttribute('aria-busy', 'false');
      onFirstPicture?.();
    }
  }, [onFirstPicture, attempt]);

  const run = (f: (c: MapController) => void) => () => controller.current && f(controller.current);
  const onKeyDown = useKeyCommands('map', {
    panLeft: run((c) => c.panBy(-PAN_PX, 0)),
    panRight: run((c) => c.panBy(PAN_PX, 0)),
    panUp: run((c) => c.panBy(0, -PAN_PX)),
    panDown: run((c) => c.panBy(0, PAN_PX)),
    zoomIn: run((c) => c.zoomBy(1)),
    zoomOut: run((c) => c.zoomBy(-1)),
  });
  const scale = view && scaleBar(view.camera, view.size);
  return (
    <section
      ref={region}
      className="map-region"
      aria-label={t(lang, 'mapRegion')}
      aria-busy="true"
      data-testid="map-region"
    >
      <div
        ref={surface}
        className="map-surface"
        data-testid="map-surface"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the map is moved with the keys once focused
        tabIndex={0}
        role="application"
        aria-roledescription={lang === 'zh' ? '地图' : 'map'}
        aria-label={t(lang, 'mapSurface')}
        onKeyDown={onKeyDown}
      />
      {!failure && (
        <>
          {view && <AreaKeys camera={view.camera} size={view.size} />}
          <div className="map-zoom">
            <button
              type="button"
              className="map-zoom-button"
              aria-label={t(lang, 'zoomIn')}
              onClick={() => controller.current?.zoomBy(1)}
            >
              +
            </button>
            <button
              type="button"
              className="map-zoom-button"
              aria-label={t(lang, 'zoomOut')}
              onClick={() => controller.current?.zoomBy(-1)}
            >
              −
            </button>
          </div>
          <div className="map-footer">
            {view && showsNation(view.camera, view.size) && <Inset lang={lang} />}
            {scale && (
              <div className="map-scale" style={{ width: scale.px }}>
                {scale.label}
              </div>
            )}
            <details className="map-attribution">
              <summary>{ATTRIBUTION_SHORT}</summary>
              <p>{ATTRIBUTION_LINE.join(' | ')}</p>
            </details>
          </div>
        </>
      )}
      {failure && (
        <div className="map-failure" role="alert">
          <h2>{t(lang, failure.data ? 'mapDataFailedTitle' : 'mapUnavailableTitle')}</h2>
          <p>
            {failure.data
              ? t(lang, 'mapDataFailed', { file: failure.data.file })
              : t(lang, 'mapUnavailableBody')}
          </p>
          <p className="hint">{failure.detail}</p>
          {failure.data && (
            <button
              type="button"
              onClick={() => {
                setFailure(null);
                setAttempt((n) => n + 1);
              }}
            >
              {t(lang, 'tryAgain')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
