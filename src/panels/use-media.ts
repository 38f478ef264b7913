// Whether a media query matches, kept current: the phone layout's parts that are state, not CSS
// (a folded legend, a header menu). The widths match the CSS in styles.css.
import { useSyncExternalStore } from 'react';

/** Phones: one column, a header menu, the details as a bottom sheet. */
export const PHONE_QUERY = '(max-width: 600px)';
/** Tablets: the list is a drawer beside the map (App.tsx). */
export const TABLET_QUERY = '(min-width: 601px) and (max-width: 1024px)';
/** A small map: a phone, or a laptop at 200 % zoom. The legend starts folded. */
export const SMALL_MAP_QUERY = '(max-width: 600px), (max-height: 500px)';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = window.matchMedia?.(query);
      m?.addEventListener('change', onChange);
      return () => m?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
  );
}
