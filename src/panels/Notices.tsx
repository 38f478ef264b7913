// Things the app ignored (a bad URL value, a bad file), said plainly. Rendered as text only.

import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';

export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  const { t } = useT();
  return (
    <div role="status" className="notices" data-testid="notices">
      {notices.map((n, i) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label={t('dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
