// Whether the briefing is kept in this browser, said truthfully: "kept" only while saving works.
// When the browser blocks site data or refuses to store the briefing, the line says so, plainly and
// visibly, with the export beside it (the one way to keep the work then).
import type { Briefing } from '../data/briefing';
import { downloadBriefing } from '../panels/download';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';

const WARNING = {
  blocked: { own: 'briefingBlocked', builtIn: 'briefingBuiltInBlocked' },
  refused: { own: 'briefingNotSaved', builtIn: 'briefingBuiltInRefused' },
} as const;

export function KeepingHint({ own, briefing }: { own: boolean; briefing: Briefing }) {
  const { t } = useT();
  const keeping = useAtlas((s) => s.keeping);
  if (keeping === 'kept') return <p className="hint">{own ? t('briefingSaved') : t('briefingBuiltIn')}</p>;
  return (
    <div className="keeping" role="note">
      <p>{t(WARNING[keeping][own ? 'own' : 'builtIn'])}</p>
      <button type="button" onClick={() => downloadBriefing(briefing)}>
        {t('exportBriefing')}
      </button>
    </div>
  );
}
