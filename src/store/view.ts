// How things are shown: colour mode, language, list order, notices. Pure updaters.

import type { ColorMode } from '../data/types';
import type { Lang } from '../i18n/strings';
import type { AppState, ListSort, Notice, NoticeAction } from './state';

export function setColorMode(s: AppState, mode: ColorMode): AppState {
  return s.colorMode === mode ? s : { ...s, colorMode: mode };
}

export function setLang(s: AppState, lang: Lang): AppState {
  return s.lang === lang ? s : { ...s, lang };
}

export function setSort(s: AppState, sort: ListSort): AppState {
  return s.sort === sort ? s : { ...s, sort };
}

/** Plain notices, as text; one already shown is not said twice. */
export function addNotices(s: AppState, notices: string[]): AppState {
  const fresh = [...new Set(notices)].filter((n) => !s.notices.some((x) => x.text === n));
  return fresh.length ? { ...s, notices: [...s.notices, ...fresh.map((text) => ({ text }))] } : s;
}

/**
 * A notice with an action, for the updaters that raise one. A `restore` notice is always added: it
 * holds a briefing, and two briefings with the same title are still two.
 */
export function addNotice(s: AppState, notice: Notice): AppState {
  const shown = notice.action?.kind !== 'restore' && s.notices.some((x) => x.text === notice.text);
  return shown ? s : { ...s, notices: [...s.notices, notice] };
}

/** Takes back the notices whose action is of this kind (what they offered no longer applies). */
export function dropNotices(s: AppState, kind: NoticeAction['kind']): AppState {
  const kept = s.notices.filter((n) => n.action?.kind !== kind);
  return kept.length === s.notices.length ? s : { ...s, notices: kept };
}

export function dismissNotice(s: AppState, index: number): AppState {
  return index in s.notices ? { ...s, notices: s.notices.filter((_, i) => i !== index) } : s;
}

export function setHandout(s: AppState, handout: AppState['handout']): AppState {
  return { ...s, handout };
}

/** Sets several fields at once (URL restore, a briefing step); unchanged values keep identity. */
export function applyPatch(s: AppState, patch: Partial<AppState>): AppState {
  const changed = (Object.keys(patch) as (keyof AppState)[]).some((k) => patch[k] !== s[k]);
  return changed ? { ...s, ...patch } : s;
}
