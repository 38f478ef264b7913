// The printed page's last part (hidden on screen): every credit and the caveat as text, after the
// details, so a handout says where its map comes from even where the image's small print is unreadable.

import { ATTRIBUTION_LINE } from '../map/attribution';
import { useT } from '../store/use-t';

export function PrintCredits() {
  const { t } = useT();
  return (
    <section className="print-credits" aria-hidden="true">
      <h3>{t('printCreditsTitle')}</h3>
      <ul>
        {ATTRIBUTION_LINE.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
