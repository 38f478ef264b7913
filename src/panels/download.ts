// Handing files to the browser's download machinery. Here, below the briefing editor, because a
// notice offers downloads too: the briefing in use when the browser will not keep it, and the saved
// text that could not be read as a briefing.
import type { Briefing } from '../data/briefing';

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

/** The briefing as the JSON file the editor imports. */
export function downloadBriefing(b: Briefing): void {
  download(
    new Blob([JSON.stringify(b, null, 2)], { type: 'application/json' }),
    'new-areas-atlas-briefing.json',
  );
}

/** The stored text exactly as it was found, so nothing in it is lost to a repair. */
export function downloadDamaged(text: string): void {
  download(new Blob([text], { type: 'application/json' }), 'new-areas-atlas-briefing-damaged.json');
}
