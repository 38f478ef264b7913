// The zustand store: state plus actions, each action a call to an exported pure updater.
import { create } from 'zustand';
import type { Briefing, Step } from '../data/briefing';
import type { AreaId, Bounds, ColorMode, StrategyId } from '../data/types';
import type { Lang } from '../i18n/strings';
import { clearFilters, setIndustry, setMeasure, setStrategies, toggleStrategy } from './filters';
import {
  addCurrentView,
  deleteBriefingStep,
  editBriefingStep,
  type Move,
  moveBriefingStep,
  moveTo,
  openBriefing,
  pausePresentation,
  playPresentation,
  setBriefingTitle,
  setView,
  startPresenting,
  stopPresenting,
  tickPresentation,
} from './presenting';
import { clearSelection, hoverArea, selectArea } from './selection';
import { type AppState, type Hover, initialState, type ListSort } from './state';
import { addNotices, applyPatch, dismissNotice, setColorMode, setHandout, setLang, setSort } from './view';

export type Actions = {
  selectArea: (id: AreaId | null) => void;
  clearSelection: () => void;
  hoverArea: (hover: Hover | null) => void;
  toggleStrategy: (id: StrategyId) => void;
  setStrategies: (ids: StrategyId[]) => void;
  setIndustry: (id: string | null) => void;
  setMeasure: (n: number | null) => void;
  clearFilters: () => void;
  setColorMode: (mode: ColorMode) => void;
  setLang: (lang: Lang) => void;
  setSort: (sort: ListSort) => void;
  addNotices: (notices: string[]) => void;
  dismissNotice: (index: number) => void;
  /** Replaces several fields at once (URL restore). */
  apply: (patch: Partial<AppState>) => void;
  startPresenting: (step?: number) => void;
  stopPresenting: () => void;
  moveTo: (move: Move) => void;
  play: () => void;
  pause: () => void;
  tick: () => void;
  setView: (view: Bounds) => void;
  addCurrentView: (caption: string) => void;
  moveBriefingStep: (from: number, to: number) => void;
  editBriefingStep: (index: number, patch: Partial<Pick<Step, 'caption' | 'notes'>>) => void;
  deleteBriefingStep: (index: number) => void;
  setBriefingTitle: (title: string) => void;
  openBriefing: (briefing: Briefing | null) => void;
  setHandout: (handout: AppState['handout']) => void;
};

export type Store = AppState & Actions;

export const useAtlas = create<Store>()((set) => ({
  ...initialState,
  selectArea: (id) => set((s) => selectArea(s, id)),
  clearSelection: () => set((s) => clearSelection(s)),
  hoverArea: (h) => set((s) => hoverArea(s, h)),
  toggleStrategy: (id) => set((s) => toggleStrategy(s, id)),
  setStrategies: (ids) => set((s) => setStrategies(s, ids)),
  setIndustry: (id) => set((s) => setIndustry(s, id)),
  setMeasure: (n) => set((s) => setMeasure(s, n)),
  clearFilters: () => set((s) => clearFilters(s)),
  setColorMode: (m) => set((s) => setColorMode(s, m)),
  setLang: (l) => set((s) => setLang(s, l)),
  setSort: (o) => set((s) => setSort(s, o)),
  addNotices: (n) => set((s) => addNotices(s, n)),
  dismissNotice: (i) => set((s) => dismissNotice(s, i)),
  apply: (patch) => set((s) => applyPatch(s, patch)),
  startPresenting: (step) => set((s) => startPresenting(s, step)),
  stopPresenting: () => set((s) => stopPresenting(s)),
  moveTo: (move) => set((s) => moveTo(s, move)),
  play: () => set((s) => playPresentation(s)),
  pause: () => set((s) => pausePresentation(s)),
  tick: () => set((s) => tickPresentation(s)),
  setView: (view) => set((s) => setView(s, view)),
  addCurrentView: (caption) => set((s) => addCurrentView(s, caption)),
  moveBriefingStep: (from, to) => set((s) => moveBriefingStep(s, { from, to })),
  editBriefingStep: (index, patch) => set((s) => editBriefingStep(s, { index, patch })),
  deleteBriefingStep: (index) => set((s) => deleteBriefingStep(s, index)),
  setBriefingTitle: (title) => set((s) => setBriefingTitle(s, title)),
  openBriefing: (briefing) => set((s) => openBriefing(s, briefing)),
  setHandout: (handout) => set((s) => setHandout(s, handout)),
}));
