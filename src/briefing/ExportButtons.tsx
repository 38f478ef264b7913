// "Export slide" (PNG at 1920 × 1080 or 3840 × 2160) and "Print handout".
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { download } from '../panels/download';
import { useAtlas } from '../store/store';
import { useActions } from '../store/use-actions';
import { useT } from '../store/use-t';
import { selectExportState } from './export-state';
import { SLIDE_SIZES, type SlideSize, slideFileName } from './files';
import { printHandout } from './print-handout';

const today = () => new Date().toISOString().slice(0, 10);

export function ExportButtons({ compact = false }: { compact?: boolean }) {
  const { t } = useT();
  const [size, setSize] = useState<SlideSize>('1920x1080');
  const [busy, setBusy] = useState(false);
  const { addNotices, setHandout } = useActions('addNotices', 'setHandout');
  const state = useAtlas(useShallow(selectExportState));

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (e) {
      addNotices([t('exportFailed', { error: e instanceof Error ? e.message : String(e) })]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className={`export-buttons ${compact ? 'compact' : ''}`} aria-busy={busy}>
      <select aria-label={t('slideSize')} value={size} onChange={(e) => setSize(e.target.value as SlideSize)}>
        {Object.keys(SLIDE_SIZES).map((k) => (
          <option key={k} value={k}>
            {k.replace('x', ' × ')}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            // The slide's composer loads on the first export: no first screen needs it.
            const { exportSlide } = await import('./export-slide');
            download(await exportSlide(state, size, today()), slideFileName(state, size));
          })
        }
      >
        {busy ? t('exporting') : t('exportSlide')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => printHandout(state, setHandout, today()))}
      >
        {t('printHandout')}
      </button>
    </span>
  );
}
