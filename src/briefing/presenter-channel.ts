// The presenter view and the presentation keep in step over a BroadcastChannel (same origin, no
// server): the presentation says what is on screen, the presenter view asks for a step. Steps are
// sent as numbers, not "next", so a key pressed twice quickly in one window lands on the same step
// in both, whatever order the messages cross in.
import type { Lang } from '../i18n/strings';

export const CHANNEL_NAME = 'new-areas-atlas-presenter';
/** The query key that opens a window as the presenter view (README, "URL"). */
export const PRESENTER_KEY = 'presenter';

/** What the presenter view shows of each step. */
export type StepText = { caption: string; notes: string };

/** From the presentation window. */
export type FromAudience =
  | { kind: 'state'; title: string; steps: StepText[]; step: number; startedAt: number; lang: Lang }
  /** The presentation ended (`closed`: its window is closing). */
  | { kind: 'ended'; closed: boolean };

/** From the presenter view. */
export type FromPresenter = { kind: 'hello' } | { kind: 'goTo'; step: number };

export const isPresenterWindow = (search: string): boolean =>
  new URLSearchParams(search).get(PRESENTER_KEY) === '1';

/** The channel, or null where the browser has none (the presenter view is then not offered). */
export function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
}

/** The step a clicker key asks for, from the step on screen, bounded by the briefing's length. */
export function stepFor(move: 'next' | 'prev' | 'first' | 'last', step: number, count: number): number {
  const to = { next: step + 1, prev: step - 1, first: 0, last: count - 1 }[move];
  return Math.max(0, Math.min(to, count - 1));
}

/** Elapsed time as m:ss (or h:mm:ss). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
