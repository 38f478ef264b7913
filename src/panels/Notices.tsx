// Things the app ignored or could not do (a bad URL value, a bad file, a browser that will not keep
// the briefing), said plainly, each with what can be done about it. Rendered as text only.
import { currentBriefing } from '../store/presenting';
import type { NoticeAction } from '../store/state';
import { useAtlas } from '../store/store';
import { useActions } from '../store/use-actions';
import { useT } from '../store/use-t';
import { downloadBriefing, downloadDamaged } from './download';

const ACTION_LABEL = {
  restore: 'undo',
  export: 'exportBriefing',
  downloadDamaged: 'downloadDamaged',
} as const satisfies Record<NoticeAction['kind'], string>;

export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const briefing = useAtlas(currentBriefing);
  const damaged = useAtlas((s) => s.damaged);
  const { dismissNotice, restoreBriefing } = useActions('dismissNotice', 'restoreBriefing');
  const { t } = useT();

  const run = (action: NoticeAction, index: number) => {
    if (action.kind === 'restore') restoreBriefing(index);
    else if (action.kind === 'export') downloadBriefing(briefing);
    else if (damaged !== null) downloadDamaged(damaged);
  };

  return (
    <div role="status" className="notices" data-testid="notices">
      {notices.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two undo notices can read the same (two briefings with one title); their place tells them apart
        <p key={`${i}:${n.text}`} className="notice">
          <span>{n.text}</span>
          {n.action && (
            <button type="button" className="notice-action" onClick={() => n.action && run(n.action, i)}>
              {t(ACTION_LABEL[n.action.kind])}
            </button>
          )}
          <button
            type="button"
            className="notice-dismiss"
            onClick={() => dismissNotice(i)}
            aria-label={t('dismiss')}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
