// Keeping the briefing in this browser, as the store knows it. Reading and writing localStorage
// happens outside React (src/briefing/keeping.ts, started by main.tsx), which reports here; the
// briefing panel and the notices say the truth from this state.
import { t } from '../i18n/strings';
import type { AppState, Keeping } from './state';
import { addNotice, dropNotices } from './view';

/**
 * How saving went. Losing the ability to save is said once, as a notice that offers the export (a
 * save failing at every keystroke changes nothing more); saving again takes that notice back.
 * `blocked` is final: a browser that gives the page no storage at load gives it none later.
 */
export function setKeeping(s: AppState, keeping: Keeping): AppState {
  if (s.keeping === keeping || s.keeping === 'blocked') return s;
  const next = dropNotices({ ...s, keeping }, 'export');
  if (keeping === 'kept') return next;
  const text = t(s.lang, keeping === 'blocked' ? 'noticeStorageBlocked' : 'noticeStorageRefused');
  return addNotice(next, { text, action: { kind: 'export' } });
}

/** A saved briefing that could not be read: held for download, and said, with the reason. */
export function foundDamagedBriefing(s: AppState, found: { text: string; error: string }): AppState {
  const text = t(s.lang, 'noticeDamaged', { error: found.error });
  return addNotice({ ...s, damaged: found.text }, { text, action: { kind: 'downloadDamaged' } });
}

/** The user lets the damaged text go (the storage keeper then removes it, unless something replaced it). */
export function discardDamagedBriefing(s: AppState): AppState {
  return s.damaged === null ? s : dropNotices({ ...s, damaged: null }, 'downloadDamaged');
}
