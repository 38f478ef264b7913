// What a slide or a handout is made from: the view, the briefing and the last handout image. Not
// the hover or the notices, so the export buttons re-render only when what they export changes.
import { pickState } from '../store/selectors';
import type { AppState } from '../store/state';

const EXPORT_KEYS = [
  'selected',
  'strategies',
  'industry',
  'measure',
  'year',
  'compare',
  'colorMode',
  'lang',
  'briefing',
  'presenter',
  'view',
  'handout',
] as const;

export type ExportState = Pick<AppState, (typeof EXPORT_KEYS)[number]>;

export const selectExportState = (s: AppState): ExportState => pickState(s, EXPORT_KEYS);
