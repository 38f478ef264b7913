// "Export slide" (PNG at 1920 × 1080 or 3840 × 2160) and "Print handout".
import { useState } from 'react';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { exportSlide } from './export-slide';
import { download, SLIDE_SIZES, type SlideSize, slideFileName } from './files';
import { printHandout } from './print-handout';

const today = () => new Date().toISOString().slice(0, 10);

export function ExportButtons({ compact = false }: { compact?: boolean }) {
  const { t } = useT();
  const [size, setSize] = useState<SlideSize>('1920x1080');
  const [busy, setBusy] = useState(false);
  const addNotices = useAtlas((s) => s.addNotices);

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
            const s = useAtlas.getState();
            download(await exportSlide(s, size, today()), slideFileName(s, size));
          })
        }
      >
        {busy ? t('exporting') : t('exportSlide')}
      </button>
      <button type="button" disabled={busy} onClick={() => run(() => printHandout(today()))}>
        {t('printHandout')}
      </button>
    </span>
  );
}
