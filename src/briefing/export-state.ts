// What a slide or a handout is made from: the view, the briefing and the last handout image. Not
// the hover or the notices, so the export buttons re-render only when what they export changes.
import type { AppState } from '../store/state';

export type ExportState = Pick<
  AppState,
  | 'selected'
  | 'strategies'
  | 'industry'
  | 'measure'
  | 'colorMode'
  | 'lang'
  | 'briefing'
  | 'presenter'
  | 'view'
  | 'handout'
>;

export const selectExportState = (s: AppState): ExportState => ({
  selected: s.selected,
  strategies: s.strategies,
  industry: s.industry,
  measure: s.measure,
  colorMode: s.colorMode,
  lang: s.lang,
  briefing: s.briefing,
  presenter: s.presenter,
  view: s.view,
  handout: s.handout,
});
