// The zustand store: state plus actions. Every action is an exported pure updater listed once in
// UPDATERS; its type and its binding are derived from that entry, so a new action is one line here.
import { create } from 'zustand';
import { addToCompare, clearCompare, removeFromCompare, setCompare } from './compare';
import { clearFilters, setIndustry, setMeasure, toggleStrategy } from './filters';
import { discardDamagedBriefing, foundDamagedBriefing, setKeeping } from './keeping';
import {
  addCurrentView,
  deleteBriefingStep,
  editBriefingStep,
  moveBriefingStep,
  moveTo,
  pausePresentation,
  playPresentation,
  setBriefingTitle,
  setView,
  startPresenting,
  stopPresenting,
  tickPresentation,
} from './presenting';
import { openBriefing, restoreBriefing } from './replace';
import { clearSelection, selectArea } from './selection';
import { type AppState, initialState } from './state';
import { setYear, stepYear } from './timeline';
import { addNotices, applyPatch, dismissNotice, setColorMode, setHandout, setLang, setSort } from './view';

/** Each action's name and the pure `(state, payload?) => state` it applies. */
export const UPDATERS = {
  selectArea,
  clearSelection,
  toggleStrategy,
  setIndustry,
  setMeasure,
  clearFilters,
  setYear,
  stepYear,
  setCompare,
  addToCompare,
  removeFromCompare,
  clearCompare,
  setColorMode,
  setLang,
  setSort,
  addNotices,
  dismissNotice,
  /** Replaces several fields at once (URL restore). */
  apply: applyPatch,
  startPresenting,
  stopPresenting,
  moveTo,
  play: playPresentation,
  pause: pausePresentation,
  tick: tickPresentation,
  setView,
  addCurrentView,
  moveBriefingStep,
  editBriefingStep,
  deleteBriefingStep,
  setBriefingTitle,
  openBriefing,
  restoreBriefing,
  setKeeping,
  foundDamagedBriefing,
  discardDamagedBriefing,
  setHandout,
} satisfies Record<string, (s: AppState, payload: never) => AppState>;

export type ActionName = keyof typeof UPDATERS;

type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest] ? Rest : never;
/** What an action takes: its updater's arguments after the state (none, or one payload). */
export type Payload<K extends ActionName> = Tail<Parameters<(typeof UPDATERS)[K]>>;

export type Actions = { [K in ActionName]: (...payload: Payload<K>) => void };

export type Store = AppState & Actions;

type Set = (update: (s: Store) => AppState) => void;

/** One action per updater: apply it, with its payload, to the current state. */
export function bindActions(set: Set): Actions {
  const bound = (Object.keys(UPDATERS) as ActionName[]).map((name) => {
    const updater = UPDATERS[name] as (s: AppState, payload?: unknown) => AppState;
    return [name, (payload?: unknown) => set((s) => updater(s, payload))] as const;
  });
  return Object.fromEntries(bound) as Actions;
}

export const useAtlas = create<Store>()((set) => ({ ...initialState, ...bindActions(set) }));
