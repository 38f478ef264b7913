// Keeps the store's briefing in the browser's storage, outside React: opens the saved one at start,
// saves every change, and reports to the store whether that worked (`keeping`), what could not be
// read (`damaged`) and when the browser gives no storage at all. main.tsx starts it.
import type { StoreApi } from 'zustand';
import type { Store } from '../store/store';
import { discardStored, loadBriefing, type Stored, saveBriefing } from './storage';
import { parseBriefing } from './validate';

/** Opens the saved briefing, if there is a readable one, and returns what was found. */
export function restoreBriefing(store: StoreApi<Store>, storage: Storage | null): Stored {
  const stored = loadBriefing(storage);
  if (stored.kind === 'briefing') store.getState().openBriefing(stored.briefing);
  return stored;
}

/**
 * Says what went wrong with what was found, once the URL has set the language: a blocked storage, or
 * a damaged entry, with the reason in the UI language.
 */
export function reportStored(store: StoreApi<Store>, stored: Stored): void {
  const s = store.getState();
  // The embed view has no briefing to edit or present: what storage gave it is not its reader's
  // concern (framed in another site, where site data is often blocked, it had said so on every page).
  if (s.embed) return;
  if (stored.kind === 'blocked') s.setKeeping('blocked');
  if (stored.kind === 'damaged') {
    const parsed = parseBriefing(stored.text, s.lang);
    s.foundDamagedBriefing({ text: stored.text, error: parsed.ok ? '' : parsed.error });
  }
}

/** Saves each change of the briefing and reports the outcome; removes a discarded damaged entry. */
export function keepSaving(store: StoreApi<Store>, storage: Storage | null): () => void {
  if (!storage) return () => {};
  return store.subscribe((s, prev) => {
    if (s.briefing !== prev.briefing) s.setKeeping(saveBriefing(s.briefing, storage) ? 'kept' : 'refused');
    if (prev.damaged !== null && s.damaged === null) discardStored(prev.damaged, storage);
  });
}
