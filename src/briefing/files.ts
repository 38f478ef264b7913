// The slides the app hands out: their sizes and file names (the download itself: panels/download.ts).
import type { AppState } from '../store/state';

export const SLIDE_SIZES = {
  '1920x1080': { pixelRatio: 1 },
  '3840x2160': { pixelRatio: 2 },
} as const;
export type SlideSize = keyof typeof SLIDE_SIZES;

export function slideFileName(s: Pick<AppState, 'selected' | 'presenter'>, size: SlideSize): string {
  const what = s.selected ?? (s.presenter.active ? `step-${s.presenter.step + 1}` : 'overview');
  return `new-areas-atlas-${what}-${size}.png`;
}
