// The last opened or edited briefing survives a reload in localStorage. What comes back is validated
// like an imported file. Every way storage can fail is a value here, never an exception: with
// "block all site data" even reading `window.localStorage` throws (SecurityError), a full disk or a
// policy makes `setItem` throw (QuotaExceededError), and what is stored may not be a briefing.
import type { Briefing } from '../data/briefing';
import { parseBriefing } from './validate';

const KEY = 'new-areas-atlas.briefing';

/** What the browser holds for the app. A damaged entry is kept as text: it may be all the user has. */
export type Stored =
  | { kind: 'none' }
  | { kind: 'briefing'; briefing: Briefing }
  | { kind: 'damaged'; text: string }
  | { kind: 'blocked' };

/** The page's localStorage, or null where the browser gives none: the getter itself may throw. */
export function siteStorage(scope: { readonly localStorage?: Storage } = globalThis): Storage | null {
  try {
    return scope.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadBriefing(storage: Storage | null): Stored {
  if (!storage) return { kind: 'blocked' };
  let text: string | null;
  try {
    text = storage.getItem(KEY);
  } catch {
    return { kind: 'blocked' }; // readable object, unreadable data: switched off by policy
  }
  if (!text) return { kind: 'none' };
  const parsed = parseBriefing(text);
  return parsed.ok ? { kind: 'briefing', briefing: parsed.briefing } : { kind: 'damaged', text };
}

/** Saves the briefing (null, the built-in one, clears the entry). False when the browser refused. */
export function saveBriefing(b: Briefing | null, storage: Storage): boolean {
  try {
    if (b) storage.setItem(KEY, JSON.stringify(b));
    else storage.removeItem(KEY);
    return true;
  } catch {
    return false;
  }
}

/** Removes a damaged entry the user discarded, unless a newer briefing has been saved over it. */
export function discardStored(text: string, storage: Storage): void {
  try {
    if (storage.getItem(KEY) === text) storage.removeItem(KEY);
  } catch {
    // Nothing to do: the entry stays as it was.
  }
}
