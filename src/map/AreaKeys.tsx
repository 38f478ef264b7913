// A keyboard route into the map, the same in both renderers: one button per area over its dot, named
// by the area, in the Tab order after the map surface. Enter or Space selects; focus shows a ring on
// the dot and the tooltip. Pointers pass through to the map, which picks as before. An area off screen
// keeps its button at the nearest edge, so its ring says which way it lies.
import { areas } from '../data';
import type { Area } from '../data/types';
import { t } from '../i18n/strings';
import { useHover } from '../store/hover';
import { useAtlas } from '../store/store';
import { type Camera, project, type Size } from './camera';

/** Rings this far inside the edge stay whole on screen. */
const EDGE = 14;
const RING = 12;

export function keyPositions(
  camera: Camera,
  size: Size,
): { area: Area; x: number; y: number; off: boolean }[] {
  const clamp = (v: number, max: number) => Math.min(Math.max(v, EDGE), Math.max(EDGE, max - EDGE));
  return areas.map((area) => {
    const p = project(camera, size, area.point.value.lon, area.point.value.lat);
    const x = clamp(p.x, size.width);
    const y = clamp(p.y, size.height);
    return { area, x, y, off: x !== p.x || y !== p.y };
  });
}

export function AreaKeys({ camera, size }: { camera: Camera; size: Size }) {
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selected);
  const selectArea = useAtlas((s) => s.selectArea);
  const hoverArea = useHover((s) => s.hoverArea);
  return (
    <div className="map-area-keys">
      {keyPositions(camera, size).map(({ area, x, y, off }) => {
        const id = area.id;
        return (
          <button
            key={id}
            type="button"
            className={`map-area-key${off ? ' off-screen' : ''}`}
            style={{ transform: `translate(${x - RING}px, ${y - RING}px)` }}
            // Not the bare name: that names the area's button in the list, the app's keyboard contract.
            aria-label={t(lang, 'onTheMap', { name: area.name[lang] })}
            aria-pressed={selected === id}
            data-area={id}
            onClick={() => selectArea(id)}
            onFocus={() => hoverArea({ id, x, y, ring: { x, y, r: RING } })}
            onBlur={() => hoverArea(null)}
          />
        );
      })}
    </div>
  );
}
