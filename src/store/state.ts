// What the app holds: what is selected, filtered and shown. Everything else (visible areas, counts)
// is derived by selectors, never stored twice.
import type { Briefing } from '../data/briefing';
import type { AreaId, Bounds, ColorMode, StrategyId } from '../data/types';
import type { Lang } from '../i18n/strings';
import { idle, type Presenter } from './presenter';

export const SORTS = ['order', 'province', 'name'] as const;
export type ListSort = (typeof SORTS)[number];

export type AppState = {
  selected: AreaId | null;
  /** Combined with OR; kept in the canonical strategy order. */
  strategies: StrategyId[];
  industry: string | null;
  measure: number | null;
  colorMode: ColorMode;
  lang: Lang;
  sort: ListSort;
  /** Messages about things the app ignored (bad URL values, bad files), shown as text. */
  notices: string[];
  /** The briefing being edited or presented; null means the built-in one, in the UI language. */
  briefing: Briefing | null;
  presenter: Presenter;
  /** What the map shows, as it last reported after a move. */
  view: Bounds | null;
  /** A camera move the map should make (a briefing step); `seq` tells repeated requests apart. */
  cameraRequest: { bounds: Bounds; seq: number } | null;
  /** The map image for the printed handout (an object URL) and the date printed on it. */
  handout: { image: string; date: string } | null;
};

export const initialState: AppState = {
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  colorMode: 'strategy',
  lang: 'en',
  sort: 'order',
  notices: [],
  briefing: null,
  presenter: idle,
  view: null,
  cameraRequest: null,
  handout: null,
};
