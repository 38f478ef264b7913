// Draws one frame of the 2D map, layer by layer in the MapLibre style's order, from the same tokens:
// sea, neighbours, provinces, coast, province borders and names, then (zoomed in) the areas' fills
// and outlines, and on top the dots, ports and names placed by labels.ts.
import type { AreaId } from '../../data/types';
import { FONT_FAMILY } from '../../fonts/faces';
import type { Camera, Size } from '../camera';
import { screenTransform } from '../camera';
import { DOT_PREFIX, iconFor, portIcon } from '../icons';
import { AREA_FILL_OPACITY, atZoom, CITY, COLOR, DOT, DOT_RING, INK, LINE, ZOOM } from '../tokens';
import { type Label, type LabelLayer, type Placement, portSize } from './labels';
import type { Box, Scene, Shape } from './scene';

export type Look = {
  colorOf: (id: AreaId) => string;
  dimmed: (id: AreaId) => boolean;
  selected: AreaId | null;
  hover: AreaId | null;
};

export type Frame = {
  scene: Scene;
  camera: Camera;
  size: Size;
  /** Device pixels per CSS pixel. */
  dpr: number;
  look: Look;
  placement: Placement;
};

type Ctx = CanvasRenderingContext2D;

export const fontFor = (size: number) => `${size}px "${FONT_FAMILY}", "Noto Sans CJK SC", sans-serif`;

const icons = new Map<string, HTMLCanvasElement>();
/** The same icon pixels MapLibre is given (icons.ts), as a canvas to draw from. */
function icon(name: string): HTMLCanvasElement | null {
  let c = icons.get(name);
  if (!c) {
    const drawn = iconFor(name);
    if (!drawn) return null;
    c = document.createElement('canvas');
    c.width = drawn.image.width;
    c.height = drawn.image.height;
    // On the CPU, like the map's own canvas: copying from a GPU canvas would read it back each time.
    c.getContext('2d', { willReadFrequently: true })?.putImageData(
      new ImageData(drawn.image.data, drawn.image.width),
      0,
      0,
    );
    icons.set(name, c);
  }
  return c;
}

function drawIcon(ctx: Ctx, name: string, x: number, y: number, size: number, alpha = 1) {
  const img = icon(name);
  if (!img) return;
  ctx.globalAlpha = alpha;
  ctx.drawImage(img, x - size / 2, y - size / 2, size, size);
  ctx.globalAlpha = 1;
}

export function paint(ctx: Ctx, f: Frame): void {
  const { scene, camera, size, dpr, look } = f;
  const { k, tx, ty } = screenTransform(camera, size);
  const z = camera.zoom;
  // What is in view, in world pixels, for skipping shapes outside it.
  const view: Box = [-tx / k, -ty / k, (size.width - tx) / k, (size.height - ty) / k];
  const inView = (s: Shape) =>
    s.box[0] <= view[2] && s.box[2] >= view[0] && s.box[1] <= view[3] && s.box[3] >= view[1];
  const world = () => ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * tx, dpr * ty);
  const screen = () => ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  /** Line width in CSS pixels, drawn in world units. */
  const line = (width: number, dash: readonly number[] = []) => {
    ctx.lineWidth = width / k;
    ctx.setLineDash(dash.map((d) => (d * width) / k));
  };
  const fill = (shapes: Shape[], color: string) => {
    ctx.fillStyle = color;
    for (const s of shapes) if (inView(s)) ctx.fill(s.path, 'evenodd');
  };
  const stroke = (shapes: Shape[], color: string) => {
    ctx.strokeStyle = color;
    for (const s of shapes) if (inView(s)) ctx.stroke(s.path);
  };

  screen();
  ctx.globalAlpha = 1;
  ctx.fillStyle = COLOR.sea;
  ctx.fillRect(0, 0, size.width, size.height);

  world();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'butt';
  fill(scene.neighbours, COLOR.neighbour);
  line(LINE.neighbourEdge.width);
  stroke(scene.neighbours, COLOR.neighbourEdge);
  fill(scene.provinces, COLOR.land);
  if (z >= ZOOM.waterMin) {
    fill(scene.lakes, COLOR.sea);
    line(LINE.lakeEdge.width);
    stroke(scene.lakes, COLOR.lakeEdge);
    ctx.lineCap = 'round';
    line(atZoom(LINE.river.width, z));
    stroke(scene.rivers, COLOR.river);
    ctx.lineCap = 'butt';
  }
  line(atZoom(LINE.coast.width, z));
  stroke(scene.coast, COLOR.coast);
  fill(scene.dashes, COLOR.dashes);
  line(LINE.dashes.width);
  stroke(scene.dashes, COLOR.dashes);
  line(atZoom(LINE.provinceBorder.width, z), LINE.provinceBorder.dash);
  stroke(scene.borders, COLOR.provinceBorder);
  ctx.setLineDash([]);

  screen();
  drawLabels(ctx, f.placement.labels, 'province');

  if (z >= ZOOM.polygonMin) {
    world();
    for (const a of scene.areas) {
      if (!inView(a)) continue;
      const dim = look.dimmed(a.id);
      const exact = a.precision === 'exact';
      ctx.fillStyle = look.colorOf(a.id);
      ctx.globalAlpha = dim
        ? AREA_FILL_OPACITY.dimmed
        : look.selected === a.id
          ? AREA_FILL_OPACITY.selected
          : AREA_FILL_OPACITY[a.precision];
      ctx.fill(a.path, 'evenodd');
      const outline = exact ? LINE.areaExact : LINE.areaApprox;
      ctx.globalAlpha = dim ? outline.dimmedOpacity : outline.opacity;
      ctx.strokeStyle = look.colorOf(a.id);
      line(outline.width, 'dash' in outline ? outline.dash : []);
      ctx.stroke(a.path);
      const state = look.selected === a.id ? 'selected' : look.hover === a.id ? 'hover' : null;
      if (state) {
        ctx.globalAlpha = state === 'selected' ? LINE.highlight.selectedOpacity : LINE.highlight.hoverOpacity;
        ctx.strokeStyle = INK;
        line(LINE.highlight[state], exact ? [] : LINE.highlight.approxDash);
        ctx.stroke(a.path);
      }
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }

  screen();
  // Context over the areas, under every area symbol: city dots, then river and city names.
  if (z >= ZOOM.majorCitiesMin) {
    const minor = z >= ZOOM.citiesMin;
    for (const c of scene.cities) {
      if (!minor && c.rank === 'city' && !c.host) continue;
      const x = c.x * k + tx;
      const y = c.y * k + ty;
      if (x < -10 || y < -10 || x > size.width + 10 || y > size.height + 10) continue;
      const look = CITY[c.rank];
      // MapLibre strokes a circle outside its radius.
      ctx.beginPath();
      ctx.arc(x, y, look.radius + look.rim / 2, 0, 2 * Math.PI);
      ctx.fillStyle = look.fill;
      ctx.fill();
      ctx.lineWidth = look.rim;
      ctx.strokeStyle = look.rimColor;
      ctx.stroke();
      if (look.inner > 0) {
        ctx.beginPath();
        ctx.arc(x, y, look.inner, 0, 2 * Math.PI);
        ctx.fillStyle = look.innerColor;
        ctx.fill();
      }
    }
  }
  drawLabels(ctx, f.placement.labels, 'water');
  drawLabels(ctx, f.placement.labels, 'city');
  const dotsShown = z < ZOOM.symbolMax;
  if (dotsShown && look.selected) {
    const dot = f.placement.dots.find((d) => d.id === look.selected);
    if (dot) {
      // MapLibre strokes a circle outside its radius.
      ctx.strokeStyle = INK;
      ctx.lineWidth = DOT_RING.width;
      ctx.beginPath();
      ctx.arc(dot.x, dot.y, atZoom(DOT_RING.radius, z) + DOT_RING.width / 2, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
  drawLabels(ctx, f.placement.labels, 'areaBeside');
  if (z >= ZOOM.portsMin) {
    const s = portSize(z);
    for (const p of scene.ports) {
      const at = { x: p.x * k + tx, y: p.y * k + ty };
      drawIcon(ctx, portIcon(p.approximate), at.x, at.y, s);
    }
    drawLabels(ctx, f.placement.labels, 'port');
  }
  drawLabels(ctx, f.placement.labels, 'area');
  if (dotsShown) {
    for (const d of f.placement.dots) {
      drawIcon(
        ctx,
        `${DOT_PREFIX}${look.colorOf(d.id)}`,
        d.x,
        d.y,
        d.r * 2,
        look.dimmed(d.id) ? DOT.dimmedOpacity : 1,
      );
    }
  }
}

function drawLabels(ctx: Ctx, labels: Label[], layer: LabelLayer): void {
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    if (l.layer !== layer) continue;
    ctx.globalAlpha = l.opacity;
    ctx.textAlign = l.align;
    for (const ln of l.lines) {
      ctx.font = fontFor(ln.size);
      ctx.strokeStyle = l.halo;
      ctx.lineWidth = l.haloWidth * 2;
      ctx.strokeText(ln.text, l.x, l.y + ln.dy);
      ctx.fillStyle = l.color;
      ctx.fillText(ln.text, l.x, l.y + ln.dy);
    }
  }
  ctx.globalAlpha = 1;
}
