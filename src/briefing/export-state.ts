// What a slide or a handout is made from: the view, the briefing and the last handout image. Not
// the hover or the notices, so the export buttons re-render only when what they export changes.
import { MAP_KEYS } from '../map/renderer';
import { pickState } from '../store/selectors';
import type { AppState } from '../store/state';

// What the map draws, and the rest of a slide or handout.
const EXPORT_KEYS = [...MAP_KEYS, 'briefing', 'presenter', 'view', 'handout'] as const;

export type ExportState = Pick<AppState, (typeof EXPORT_KEYS)[number]>;

export const selectExportState = (s: AppState): ExportState => pickState(s, EXPORT_KEYS);
