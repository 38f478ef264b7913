// Files the app hands out: the slide sizes and names, and the download itself (also used by the
// briefing editor's JSON export, which needs none of the slide code).
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

/** Hands a file to the browser's download machinery. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
