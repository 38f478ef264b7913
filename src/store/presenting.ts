// Briefings in the store: which briefing, which step is on screen, and what showing a step does to
// the rest of the state (selection, filters, colours, camera). Pure updaters: (state, payload) => state.
import { CHINA } from '../briefing/bounds';
import { defaultBriefing } from '../briefing/default-briefing';
import { addStep, deleteStep, moveStep, setTitle, updateStep } from '../briefing/edit';
import * as P from '../briefing/presenter';
import type { Bounds, Briefing, Step } from '../briefing/types';
import type { Lang } from '../i18n/strings';
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
  if (s.presenter.active && presenter.step === s.presenter.step && presenter.active)
    return { ...s, presenter };
  return {
    ...s,
    presenter,
    selected: step.selected,
    strategies: step.strategies,
    industry: step.industry,
    measure: step.measure,
    colorMode: step.colorMode,
    cameraRequest: { bounds: step.bounds, seq: (s.cameraRequest?.seq ?? 0) + 1 },
  };
}

const count = (s: AppState) => currentBriefing(s).steps.length;

export function startPresenting(s: AppState, step = 0): AppState {
  return show({ ...s, presenter: P.idle }, P.startPresenting(s.presenter, step, count(s)));
}

export function stopPresenting(s: AppState): AppState {
  const presenter = P.stopPresenting(s.presenter);
  return presenter === s.presenter ? s : { ...s, presenter };
}

export type Move = 'next' | 'prev' | 'first' | 'last' | number;
export function moveTo(s: AppState, move: Move): AppState {
  const n = count(s);
  const p = s.presenter;
  const next =
    move === 'next'
      ? P.nextStep(p, n)
      : move === 'prev'
        ? P.prevStep(p, n)
        : move === 'first'
          ? P.firstStep(p, n)
          : move === 'last'
            ? P.lastStep(p, n)
            : P.goToStep(p, move, n);
  return next === p ? s : show(s, next);
}

export function playPresentation(s: AppState): AppState {
  const next = P.play(s.presenter, count(s));
  return next.step === s.presenter.step ? { ...s, presenter: next } : show(s, next);
}

export function pausePresentation(s: AppState): AppState {
  const presenter = P.pause(s.presenter);
  return presenter === s.presenter ? s : { ...s, presenter };
}

export function tickPresentation(s: AppState): AppState {
  const next = P.tick(s.presenter, count(s));
  if (next === s.presenter) return s;
  return next.step === s.presenter.step ? { ...s, presenter: next } : show(s, next);
}

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
    bounds: s.view ?? CHINA,
    selected: s.selected,
    strategies: s.strategies,
    industry: s.industry,
    measure: s.measure,
    colorMode: s.colorMode,
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

export function openBriefing(s: AppState, briefing: Briefing | null): AppState {
  return { ...s, briefing, presenter: P.idle };
}
