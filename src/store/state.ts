// What the app holds: what is selected, filtered and shown. Everything else (visible areas, counts)
// is derived by selectors, never stored twice.
import type { Briefing } from '../data/briefing';
import type { AreaId, Bounds, ColorMode, StrategyId } from '../data/types';
import type { Lang } from '../i18n/strings';
import { idle, type Presenter } from './presenter';

export const SORTS = ['order', 'province', 'name'] as const;
export type ListSort = (typeof SORTS)[number];

/** What a notice offers beside its dismiss button (the Notices panel runs it). */
export type NoticeAction =
  /** Open this briefing again: the one an import or "Back to the built-in briefing" replaced. */
  | { kind: 'restore'; briefing: Briefing }
  /** Download the briefing in use as a file: the one way to keep it when the browser will not. */
  | { kind: 'export' }
  /** Download the saved text that could not be read as a briefing (`damaged`). */
  | { kind: 'downloadDamaged' };

/** A message shown as text. A `restore` notice holds the briefing it restores: dismissing it lets it go. */
export type Notice = { text: string; action?: NoticeAction };

/**
 * Whether the briefing can be kept in this browser, as far as the app knows: `kept` (saving works, or
 * has not failed), `refused` (the last save threw: storage full, or forbidden by policy), `blocked`
 * (the browser gives the page no storage at all: nothing was read, nothing can be written).
 */
export type Keeping = 'kept' | 'refused' | 'blocked';

export type AppState = {
  selected: AreaId | null;
  /** Combined with OR; kept in the canonical strategy order. */
  strategies: StrategyId[];
  industry: string | null;
  measure: number | null;
  /** The timeline: only the areas approved by the end of this year are shown; null, all of them. */
  year: number | null;
  /**
   * The areas compared side by side, in the order chosen (at most 3). One id is a comparison being
   * set up (the table needs two); none, no comparison.
   */
  compare: AreaId[];
  colorMode: ColorMode;
  lang: Lang;
  sort: ListSort;
  /** Messages about things the app ignored or could not do (bad URL values, bad files, storage). */
  notices: Notice[];
  /** The briefing being edited or presented; null means the built-in one, in the UI language. */
  briefing: Briefing | null;
  /** Set from outside React: main.tsx saves the briefing and reports how that went. */
  keeping: Keeping;
  /**
   * The saved text that could not be read as a briefing, kept so the user can download it; it stays
   * in storage until a new briefing is saved over it or the user discards it.
   */
  damaged: string | null;
  presenter: Presenter;
  /** What the map shows, as it last reported after a move. */
  view: Bounds | null;
  /** A camera move the map should make (a briefing step); `seq` tells repeated requests apart. */
  cameraRequest: { bounds: Bounds; seq: number } | null;
  /** The map image for the printed handout (an object URL) and the date printed on it. */
  handout: { image: string; date: string } | null;
  /** `?embed=1`: the page is framed in another site's page; only the map and the details show. */
  embed: boolean;
};

export const initialState: AppState = {
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  year: null,
  compare: [],
  colorMode: 'strategy',
  lang: 'en',
  sort: 'order',
  notices: [],
  briefing: null,
  keeping: 'kept',
  damaged: null,
  presenter: idle,
  view: null,
  cameraRequest: null,
  handout: null,
  embed: false,
};
