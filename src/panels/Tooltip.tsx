// The name of the area under the pointer, next to the pointer; on a dot, a ring around the dot (drawn
// here, over the map, so hovering costs the map no repaint).
import { useLayoutEffect, useRef } from 'react';
import { areaById } from '../data';
import { coveredInsets, isNarrow } from '../map/insets';
import { useHover } from '../store/hover';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';

const GAP = 14;
type Size = { width: number; height: number };

/**
 * Where the tooltip goes: below right of the pointer, or on the other side of it where that would
 * run past the map's right or bottom edge. Bounds of 0 (no layout, as in jsdom) change nothing.
 */
export function placeBeside(
  pointer: { x: number; y: number },
  size: Size,
  bounds: Size,
): { x: number; y: number } {
  const past = (start: number, extent: number, limit: number) => limit > 0 && start + extent > limit;
  const x = pointer.x + GAP;
  const y = pointer.y + GAP;
  return {
    x: past(x, size.width, bounds.width) ? Math.max(0, pointer.x - GAP - size.width) : x,
    y: past(y, size.height, bounds.height) ? Math.max(0, pointer.y - GAP - size.height) : y,
  };
}

export function Tooltip() {
  const hovered = useHover((s) => s.hovered);
  const { t, lang } = useT();
  const selected = useAtlas((s) => s.selected);
  const tip = useRef<HTMLDivElement>(null);
  const measured = useRef<{ key: string; size: Size; bounds: Size } | null>(null);
  // Placed before the browser paints. The sizes are read from the page only when what they depend
  // on changes (the area and language: the names; the selection: the panel), not on every move of
  // the pointer, where each read would force a layout.
  useLayoutEffect(() => {
    const el = tip.current;
    const box = el?.offsetParent;
    if (!el || !box || !hovered) return;
    const key = `${hovered.id} ${lang} ${selected}`;
    if (measured.current?.key !== key) {
      // The open details panel lies over the map's right side: the tooltip keeps left of it.
      const covered = coveredInsets({
        mapWidth: box.clientWidth,
        selected: selected !== null,
        narrow: isNarrow(),
      });
      const width = box.clientWidth - covered.right;
      measured.current = {
        key,
        size: { width: el.offsetWidth, height: el.offsetHeight },
        bounds: { width, height: box.clientHeight },
      };
    }
    const at = placeBeside(hovered, measured.current.size, measured.current.bounds);
    el.style.transform = `translate(${at.x}px, ${at.y}px)`;
  });
  const area = hovered ? areaById(hovered.id) : undefined;
  if (!hovered || !area) return null;
  const { ring } = hovered;
  // MapLibre strokes a circle outside its radius; this border lies inside the box, so the box is
  // the radius plus the stroke.
  const outer = ring ? ring.r + 2 : 0;
  return (
    <>
      {ring && (
        <div
          className="hover-ring"
          data-testid="hover-ring"
          aria-hidden="true"
          style={{
            width: outer * 2,
            height: outer * 2,
            transform: `translate(${ring.x - outer}px, ${ring.y - outer}px)`,
          }}
        />
      )}
      <div
        ref={tip}
        className="tooltip"
        role="tooltip"
        style={{ transform: `translate(${hovered.x + GAP}px, ${hovered.y + GAP}px)` }}
      >
        <strong>{area.name[lang]}</strong>
        <span>{area.name[lang === 'zh' ? 'en' : 'zh']}</span>
        <small>{t('tooltipHint')}</small>
      </div>
    </>
  );
}
