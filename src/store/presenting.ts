// Briefings in the store: which briefing, which step is on screen, and what showing a step does to
// the rest of the state (selection, filters, colours, camera). Pure updaters: (state, payload) => state.
import type { Briefing, Step } from '../data/briefing';
import type { Bounds } from '../data/types';
import type { Lang } from '../i18n/strings';
import { addStep, deleteStep, moveStep, setTitle, updateStep } from './briefing-edit';
import { defaultBriefing } from './default-briefing';
import * as P from './presenter';
import { shownBounds } from './selectors';
import type { AppState } from './state';

const builtIn = new Map<Lang, Briefing>();
/** The briefing in use: the saved or imported one, else the built-in one in the UI language. */
export function currentBriefing(s: Pick<AppState, 'briefing' | 'lang'>): Briefing {
  if (s.briefing) return s.briefing;
  let b = builtIn.get(s.lang);
  if (!b) {
    b = defaultBriefing(s.lang);
    builtIn.set(s.lang, b);
  }
  return b;
}

/** Shows a step: its selection, filters and colours, and a camera request for its bounds. */
function show(s: AppState, presenter: P.Presenter): AppState {
  const step = currentBriefing(s).steps[presenter.step];
  if (!step) return { ...s, presenter };
  return {
    ...s,
    presenter,
    selected: step.selected,
    strategies: step.strategies,
    industry: step.industry,
    measure: step.measure,
    colorMode: step.colorMode,
    year: step.year ?? null,
    cameraRequest: { bounds: step.bounds, seq: (s.cameraRequest?.seq ?? 0) + 1 },
  };
}

const count = (s: AppState) => currentBriefing(s).steps.length;

/** A presenter change: a new step is shown; on the same step only the presenter changes. */
function advance(s: AppState, next: P.Presenter): AppState {
  if (next === s.presenter) return s;
  return next.step === s.presenter.step ? { ...s, presenter: next } : show(s, next);
}

export function startPresenting(s: AppState, step = 0): AppState {
  return show(s, P.startPresenting(s.presenter, step, count(s)));
}

export const stopPresenting = (s: AppState) => advance(s, P.stopPresenting(s.presenter));

export type Move = 'next' | 'prev' | 'first' | 'last' | number;
const MOVES = { next: P.nextStep, prev: P.prevStep, first: P.firstStep, last: P.lastStep };
export function moveTo(s: AppState, move: Move): AppState {
  const n = count(s);
  const p = s.presenter;
  return advance(s, typeof move === 'number' ? P.goToStep(p, move, n) : MOVES[move](p, n));
}

export const playPresentation = (s: AppState) => advance(s, P.play(s.presenter, count(s)));
export const pausePresentation = (s: AppState) => advance(s, P.pause(s.presenter));
export const tickPresentation = (s: AppState) => advance(s, P.tick(s.presenter, count(s)));

/** The map reports what it shows after each move. */
export function setView(s: AppState, view: Bounds): AppState {
  return { ...s, view };
}

/** Editing starts from the briefing in use, so a first edit of the built-in one makes it the user's. */
const edit = (s: AppState, f: (b: Briefing) => Briefing): AppState => {
  const before = currentBriefing(s);
  const after = f(before);
  return after === before ? s : { ...s, briefing: after };
};

/** The current view and what it shows, as a new step after the current one (or at the end). */
export function addCurrentView(s: AppState, caption: string): AppState {
  const step: Step = {
    bounds: shownBounds(s),
    selected: s.selected,
    strategies: s.strategies,
    industry: s.industry,
    measure: s.measure,
    colorMode: s.colorMode,
    ...(s.year !== null ? { year: s.year } : {}),
    caption,
    notes: '',
  };
  return edit(s, (b) => addStep(b, step));
}

export const moveBriefingStep = (s: AppState, m: { from: number; to: number }) =>
  edit(s, (b) => moveStep(b, m.from, m.to));
export const editBriefingStep = (
  s: AppState,
  e: { index: number; patch: Partial<Pick<Step, 'caption' | 'notes'>> },
) => edit(s, (b) => updateStep(b, e.index, e.patch));
export const deleteBriefingStep = (s: AppState, index: number) => edit(s, (b) => deleteStep(b, index));
export const setBriefingTitle = (s: AppState, title: string) => edit(s, (b) => setTitle(b, title));
