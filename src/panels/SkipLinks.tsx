// The first Tab stops: past the header to the map, or to the list of areas. Buttons, not "#id" links:
// the hash holds the map's camera, and a link would overwrite it.
import { useT } from '../store/use-t';

/** Focuses the first of these that can take focus (one in a closed drawer cannot); whether one did. */
function focusFirst(selectors: string[]): boolean {
  for (const sel of selectors) {
    const el = document.querySelector<HTMLElement>(sel);
    el?.focus();
    if (el && document.activeElement === el) return true;
  }
  return false;
}

const LIST = ['.area-list [aria-current="true"]', '.area-list .area-button', '#tab-areas'];

/** `showList`: opens the list where it can be closed (a tablet's drawer), before focus goes to it. */
export function SkipLinks({ showList }: { showList?: () => void }) {
  const { t } = useT();
  return (
    <nav className="skip-links" aria-label={t('skipLinks')}>
      <button type="button" onClick={() => focusFirst(['[data-testid="map-surface"]'])}>
        {t('skipToMap')}
      </button>
      <button
        type="button"
        onClick={() => {
          if (focusFirst(LIST)) return;
          // A closed drawer: open it, and focus the list once it has rendered.
          showList?.();
          requestAnimationFrame(() => focusFirst(LIST));
        }}
      >
        {t('skipToList')}
      </button>
    </nav>
  );
}
