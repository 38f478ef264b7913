// A saved briefing that could not be read: why, and the text itself to download (it may be all the
// user has of it), or to discard. It stays in storage until a new briefing is saved over it or the
// user discards it here; the reason is worked out again in the UI language.
import { downloadDamaged } from '../panels/download';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { parseBriefing } from './validate';

export function DamagedBriefing() {
  const { t, lang } = useT();
  const damaged = useAtlas((s) => s.damaged);
  const discard = useAtlas((s) => s.discardDamagedBriefing);
  if (damaged === null) return null;
  const parsed = parseBriefing(damaged, lang);
  return (
    <div className="keeping" role="note">
      <p>{t('briefingDamaged', { error: parsed.ok ? '' : parsed.error })}</p>
      <button type="button" onClick={() => downloadDamaged(damaged)}>
        {t('downloadDamaged')}
      </button>
      <button type="button" onClick={discard}>
        {t('discardDamaged')}
      </button>
    </div>
  );
}
