// Where the 2D painter puts its labels, in the order MapLibre places the same style's symbols (top
// layer first): the dots, which never give way; the names on the outlines; the port names; the names
// beside the dots, each trying its places in turn; then the context: city names (by rank, each trying
// its places in turn) and river and lake names; last the province names. A label that finds no room
// is dropped. Pure: text widths come from the caller, so this runs without a canvas.
import type { AreaId } from '../../data/types';
import type { Lang } from '../../i18n/strings';
import type { Size } from '../camera';
import { type Anchor, atZoom, CITY_PROVINCES, COLOR, DOT, INK, LABEL, PORT, ZOOM } from '../tokens';
import type { Box, Named, Scene } from './scene';

/** One line of a label, `dy` from the label's middle. */
export type Line = { text: string; size: number; dy: number };
/** Which of the style's label layers a label belongs to; each is drawn at that layer's depth. */
export type LabelLayer = 'province' | 'city' | 'water' | 'areaBeside' | 'port' | 'area';
export type Label = {
  layer: LabelLayer;
  /** The area a click on the label selects, if any. */
  area: AreaId | null;
  /** The city a city's name belongs to (its adcode), for tests and debugging. */
  city?: string;
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
  lines: Line[];
  box: Box;
  color: string;
  halo: string;
  haloWidth: number;
  opacity: number;
};
export type Placement = { labels: Label[]; dots: { id: AreaId; x: number; y: number; r: number }[] };

/** A text's width in pixels at a size. */
export type Measure = (text: string, size: number) => number;
/** World pixels at zoom 0 → screen pixels. */
export type ToScreen = (x: number, y: number) => { x: number; y: number };

/** Room kept around the viewport, so labels running off the edge still show. */
const MARGIN = 100;

function lines(name: Named, lang: Lang, size: number): Line[] {
  const [first, second] = lang === 'zh' ? [name.zh, name.en] : [name.en, name.zh];
  const h1 = size * LABEL.lineHeight;
  const s2 = size * LABEL.secondLine;
  const h2 = s2 * LABEL.lineHeight;
  if (!second) return [{ text: first, size, dy: 0 }];
  const top = -(h1 + h2) / 2;
  return [
    { text: first, size, dy: top + h1 / 2 },
    { text: second, size: s2, dy: top + h1 + h2 / 2 },
  ];
}

function extent(ls: Line[], measure: Measure): { w: number; h: number } {
  const w = Math.max(...ls.map((l) => measure(l.text, l.size)));
  const h = ls.reduce((sum, l) => sum + l.size * LABEL.lineHeight, 0);
  return { w, h };
}

/** Where a label of w × h goes for an anchor (the side of the text at the point) and offset. */
function anchored(
  anchor: Anchor | 'center' | 'top',
  x: number,
  y: number,
  w: number,
  h: number,
  off: number,
) {
  const d = anchor.includes('-') ? off / Math.SQRT2 : off;
  const dx = anchor.includes('left') ? d : anchor.includes('right') ? -d : 0;
  const dy = anchor.startsWith('top') ? d : anchor.startsWith('bottom') ? -d : 0;
  const left = anchor.includes('left') ? x + dx : anchor.includes('right') ? x + dx - w : x - w / 2;
  const top = anchor.startsWith('top') ? y + dy : anchor.startsWith('bottom') ? y + dy - h : y - h / 2;
  const align: Label['align'] = anchor.includes('left')
    ? 'left'
    : anchor.includes('right')
      ? 'right'
      : 'center';
  const textX = align === 'left' ? left : align === 'right' ? left + w : left + w / 2;
  return { box: [left, top, left + w, top + h] as Box, textX, textY: top + h / 2, align };
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const pad = (b: Box, p: number): Box => [b[0] - p, b[1] - p, b[2] + p, b[3] + p];

export function placeLabels(
  scene: Scene,
  o: {
    zoom: number;
    size: Size;
    lang: Lang;
    toScreen: ToScreen;
    measure: Measure;
    dimmed: (id: AreaId) => boolean;
  },
): Placement {
  const { zoom, size, lang, toScreen, measure } = o;
  const taken: Box[] = [];
  const labels: Label[] = [];
  const onScreen = (p: { x: number; y: number }) =>
    p.x > -MARGIN && p.y > -MARGIN && p.x < size.width + MARGIN && p.y < size.height + MARGIN;
  const tryPlace = (box: Box, padding: number) => {
    const padded = pad(box, padding);
    if (taken.some((t) => overlaps(t, padded))) return false;
    taken.push(padded);
    return true;
  };

  // The dots: always drawn, and in every later label's way.
  const dots: Placement['dots'] = [];
  if (zoom < ZOOM.symbolMax) {
    const r = (DOT.size * atZoom(DOT.scale, zoom)) / 2;
    for (const p of scene.areaPoints) {
      const at = toScreen(p.x, p.y);
      dots.push({ id: p.id, x: at.x, y: at.y, r });
      taken.push([at.x - r, at.y - r, at.x + r, at.y + r]);
    }
  }

  type Base = Pick<Label, 'layer' | 'x' | 'y' | 'align' | 'lines' | 'box'>;
  const areaLabel = (id: AreaId, base: Base, halo: number, dim: number) =>
    labels.push({
      ...base,
      area: id,
      color: INK,
      halo: COLOR.halo,
      haloWidth: halo,
      opacity: o.dimmed(id) ? dim : 1,
    });

  // The names on the outlines, once zoomed in.
  if (zoom >= ZOOM.symbolMax) {
    for (const p of scene.areaPoints) {
      const at = toScreen(p.x, p.y);
      if (!onScreen(at)) continue;
      const ls = lines(p.label, lang, LABEL.area.size);
      const { w, h } = extent(ls, measure);
      const a = anchored('center', at.x, at.y, w, h, 0);
      if (tryPlace(a.box, 0)) {
        const base = {
          layer: 'area' as const,
          x: a.textX,
          y: a.textY,
          align: a.align,
          lines: ls,
          box: a.box,
        };
        areaLabel(p.id, base, LABEL.area.halo, LABEL.area.dimmedOpacity);
      }
    }
  }

  // Port names: below the diamond, where there is room (the diamond itself never gives way).
  if (zoom >= ZOOM.portLabelsMin) {
    const s = LABEL.port.size;
    for (const p of scene.ports) {
      const at = toScreen(p.x, p.y);
      if (!onScreen(at)) continue;
      const text = lang === 'zh' ? p.label.zh : p.label.en;
      const ls: Line[] = [{ text, size: s, dy: 0 }];
      const { w, h } = extent(ls, measure);
      const a = anchored('top', at.x, at.y, w, h, LABEL.port.offset * s);
      if (tryPlace(a.box, 0)) {
        labels.push({
          layer: 'port',
          area: p.area,
          x: a.textX,
          y: a.textY,
          align: a.align,
          lines: ls,
          box: a.box,
          color: COLOR.portLabel,
          halo: COLOR.halo,
          haloWidth: LABEL.port.halo,
          opacity: 1,
        });
      }
    }
  }

  // The names beside the dots: the first place with room, or none.
  if (zoom < ZOOM.symbolMax) {
    const s = atZoom(LABEL.areaBeside.size, zoom);
    for (const p of scene.areaPoints) {
      const at = toScreen(p.x, p.y);
      if (!onScreen(at)) continue;
      const ls = lines(p.label, lang, s);
      const { w, h } = extent(ls, measure);
      for (const anchor of LABEL.areaBeside.anchors) {
        const a = anchored(anchor, at.x, at.y, w, h, LABEL.areaBeside.offset * s);
        if (tryPlace(a.box, LABEL.areaBeside.padding)) {
          areaLabel(
            p.id,
            { layer: 'areaBeside', x: a.textX, y: a.textY, align: a.align, lines: ls, box: a.box },
            LABEL.areaBeside.halo,
            LABEL.areaBeside.dimmedOpacity,
          );
          break;
        }
      }
    }
  }

  // City names, by rank (the scene keeps the cities in that order): the first place with room, or none.
  const minorCities = zoom >= ZOOM.citiesMin;
  if (zoom >= ZOOM.majorCitiesMin) {
    for (const c of scene.cities) {
      if (!minorCities && c.rank === 'city' && !c.host) continue;
      const at = toScreen(c.x, c.y);
      if (!onScreen(at)) continue;
      const look = c.rank === 'city' ? LABEL.city.city : LABEL.city.capital;
      const ls: Line[] = [{ text: lang === 'zh' ? c.name.zh : c.name.en, size: look.size, dy: 0 }];
      const { w, h } = extent(ls, measure);
      for (const anchor of LABEL.city.anchors) {
        const a = anchored(anchor, at.x, at.y, w, h, LABEL.city.offset * look.size);
        if (tryPlace(a.box, LABEL.city.padding)) {
          labels.push({
            layer: 'city',
            area: null,
            city: c.id,
            x: a.textX,
            y: a.textY,
            align: a.align,
            lines: ls,
            box: a.box,
            color: look.color,
            halo: COLOR.halo,
            haloWidth: LABEL.city.halo,
            opacity: 1,
          });
          break;
        }
      }
    }
  }

  // One line centred on its point, placed if it fits: river and lake names, province names.
  const centred = (
    layer: 'water' | 'province',
    at: { x: number; y: number },
    text: string,
    size: number,
    paint: { color: string; halo: string; haloWidth: number },
  ) => {
    const ls: Line[] = [{ text, size, dy: 0 }];
    const { w, h } = extent(ls, measure);
    const a = anchored('center', at.x, at.y, w, h, 0);
    if (tryPlace(a.box, 2))
      labels.push({
        layer,
        area: null,
        x: a.textX,
        y: a.textY,
        align: a.align,
        lines: ls,
        box: a.box,
        ...paint,
        opacity: 1,
      });
  };

  // River and lake names, at their points.
  if (zoom >= ZOOM.waterLabelsMin) {
    const paint = { color: LABEL.water.color, halo: LABEL.water.haloColor, haloWidth: LABEL.water.halo };
    for (const p of scene.waterLabels) {
      const at = toScreen(p.x, p.y);
      if (onScreen(at)) centred('water', at, lang === 'zh' ? p.name.zh : p.name.en, LABEL.water.size, paint);
    }
  }

  // Province names, last: they make way for everything else. A municipality's or SAR's gives way to
  // its city's name once the cities show.
  if (zoom >= ZOOM.provinceLabelsMin) {
    const paint = { color: COLOR.provinceLabel, halo: COLOR.land, haloWidth: LABEL.province.halo };
    const cityProvince = new Set<string>(zoom >= CITY_PROVINCES.hiddenFrom ? CITY_PROVINCES.adcodes : []);
    for (const p of scene.provinceLabels) {
      if (cityProvince.has(p.adcode)) continue;
      const at = toScreen(p.x, p.y);
      if (onScreen(at))
        centred('province', at, lang === 'zh' ? p.name.zh : p.name.en, LABEL.province.size, paint);
    }
  }
  return { labels, dots };
}

/** The size of a port's diamond on screen, at a zoom. */
export const portSize = (zoom: number) => PORT.size * atZoom(PORT.scale, zoom);
