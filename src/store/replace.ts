// Opening a briefing in place of the one in use (an import, "Back to the built-in briefing", the
// saved one at start). The user's own briefing is never dropped without a way back: a notice
// ("Replaced your briefing “X” (n steps). Undo") holds it until the user restores it or dismisses the
// notice. Undo is itself a replacement, so the briefing it replaces is offered back in turn: no
// sequence of imports and undos loses one. The built-in briefing is not held: it is never lost.
import type { Briefing } from '../data/briefing';
import { t } from '../i18n/strings';
import { idle } from './presenter';
import type { AppState } from './state';
import { addNotice, dismissNotice } from './view';

function replacedNotice(s: AppState, lost: Briefing): string {
  const n = lost.steps.length;
  return n === 1
    ? t(s.lang, 'noticeReplacedOne', { title: lost.title })
    : t(s.lang, 'noticeReplaced', { title: lost.title, n });
}

export function openBriefing(s: AppState, briefing: Briefing | null): AppState {
  const lost = s.briefing;
  const next: AppState = { ...s, briefing, presenter: idle };
  if (!lost || lost === briefing) return next;
  return addNotice(next, { text: replacedNotice(s, lost), action: { kind: 'restore', briefing: lost } });
}

/** Undo: opens the briefing the notice at `index` holds, and takes that notice away. */
export function restoreBriefing(s: AppState, index: number): AppState {
  const action = s.notices[index]?.action;
  if (action?.kind !== 'restore') return s;
  return openBriefing(dismissNotice(s, index), action.briefing);
}
