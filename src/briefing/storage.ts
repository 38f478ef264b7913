// The last opened or edited briefing survives a reload in localStorage. What comes back is validated
// like an imported file; a broken entry is dropped, not trusted.
import type { Briefing } from '../data/briefing';
import { parseBriefing } from './validate';

const KEY = 'new-areas-atlas.briefing';

export function loadBriefing(storage: Storage | undefined = globalThis.localStorage): Briefing | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = parseBriefing(raw);
    return parsed.ok ? parsed.briefing : null;
  } catch {
    return null; // storage switched off by policy
  }
}

export function saveBriefing(
  b: Briefing | null,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    if (b) storage?.setItem(KEY, JSON.stringify(b));
    else storage?.removeItem(KEY);
  } catch {
    // Full or switched off: the briefing still works for this session.
  }
}
