// The first Tab stops: past the header to the map, or to the list of areas. Buttons, not "#id" links:
// the hash holds the map's camera, and a link would overwrite it.
import { useT } from '../store/use-t';

function focusFirst(selectors: string[]) {
  for (const s of selectors) {
    const el = document.querySelector<HTMLElement>(s);
    if (el) {
      el.focus();
      return;
    }
  }
}

export function SkipLinks() {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('skipLinks')}>
      <button type="button" onClick={() => focusFirst(['[data-testid="map-surface"]'])}>
        {t('skipToMap')}
      </button>
      <button
        type="button"
        onClick={() =>
          focusFirst(['.area-list [aria-current="true"]', '.area-list .area-button', '#tab-areas'])
        }
      >
        {t('skipToList')}
      </button>
    </nav>
  );
}
