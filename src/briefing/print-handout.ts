// "Print handout": the live canvas prints blank, so the map is rendered to an image first; the print
// stylesheet then lays out one A4 landscape page: title, that image, the legend, and the selected
// area's details (or the list of areas shown).
import { renderMapImage, toPng } from '../map/export-image';
import { shownBounds } from '../store/selectors';
import type { Actions } from '../store/store';
import type { ExportState } from './export-state';

export async function printHandout(
  s: ExportState,
  setHandout: Actions['setHandout'],
  today: string,
  print: () => void = () => window.print(),
): Promise<void> {
  const canvas = await renderMapImage({
    width: 1100,
    height: 760,
    pixelRatio: 2,
    bounds: shownBounds(s),
    state: s,
    padding: { top: 30, bottom: 30, left: 30, right: 30 },
  });
  const blob = await toPng(canvas, 'the browser could not encode the map image');
  if (s.handout) URL.revokeObjectURL(s.handout.image);
  setHandout({ image: URL.createObjectURL(blob), date: today });
  // Print once the image is decoded and laid out, so the page never prints without it.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  const img = document.querySelector<HTMLImageElement>('.print-handout img');
  await img?.decode?.().catch(() => undefined);
  print();
}
