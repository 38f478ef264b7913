// Draws a slide: the rendered map, then the title, the legend, the selected area's key facts and
// the footer (sources, attribution) on top, in boxes that keep the text readable over the map.
// Sizes are in slide units (a 1920 × 1080 slide) times `scale`.
import { FONT_FAMILY } from '../fonts/faces';
import { INK } from '../map/tokens';
import type { SlideContent } from './slide-content';

const MUTED = '#4d5966';
const PANEL = 'rgba(255,255,255,0.94)';

type Ctx = CanvasRenderingContext2D;

function font(ctx: Ctx, px: number, weight = 400) {
  ctx.font = `${weight} ${px}px "${FONT_FAMILY}", "Noto Sans CJK SC", sans-serif`;
}

/** Greedy line wrapping by measured width; CJK text breaks between any two characters. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && ctx.measureText(line + tok).width > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function box(ctx: Ctx, x: number, y: number, w: number, h: number, r: number) {
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
  ctx.strokeStyle = 'rgba(31,42,54,0.18)';
  ctx.lineWidth = r / 6;
  ctx.stroke();
}

/** Writes wrapped lines; returns the y below the last one. */
function write(ctx: Ctx, lines: string[], x: number, y: number, lineHeight: number): number {
  let at = y;
  for (const l of lines) {
    ctx.fillText(l, x, at);
    at += lineHeight;
  }
  return at;
}

export function composeSlide(map: HTMLCanvasElement, c: SlideContent, scale: number): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the slide');
  const u = (v: number) => v * scale;
  ctx.drawImage(map, 0, 0);
  ctx.textBaseline = 'top';

  // Title, top left.
  font(ctx, u(40), 700);
  const titleLines = wrap(ctx, c.title, u(1060));
  font(ctx, u(28));
  const subLines = wrap(ctx, c.subtitle, u(1060)).slice(0, 4);
  const titleH = u(28) + titleLines.length * u(50) + subLines.length * u(38) + u(16);
  box(ctx, u(24), u(24), u(1110), titleH, u(12));
  ctx.fillStyle = INK;
  font(ctx, u(40), 700);
  const y = write(ctx, titleLines, u(48), u(40), u(50));
  ctx.fillStyle = MUTED;
  font(ctx, u(28));
  write(ctx, subLines, u(48), y + u(6), u(38));

  // Footer, full width.
  font(ctx, u(17));
  const footLines = [...wrap(ctx, c.sources, u(1860)), ...wrap(ctx, c.attribution, u(1860))];
  const footH = footLines.length * u(24) + u(20);
  const footY = out.height - footH;
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, footY, out.width, footH);
  ctx.fillStyle = MUTED;
  write(ctx, footLines, u(30), footY + u(10), u(24));

  // Legend, bottom left above the footer.
  const rows = Math.ceil(c.legend.length / 2);
  font(ctx, u(18));
  const symLines = c.symbols.flatMap((s) => wrap(ctx, `— ${s}`, u(520)));
  const legendH = u(56) + rows * u(32) + symLines.length * u(25) + u(18);
  const legendY = footY - legendH - u(20);
  box(ctx, u(24), legendY, u(580), legendH, u(12));
  ctx.fillStyle = INK;
  font(ctx, u(21), 700);
  ctx.fillText(c.legendTitle, u(44), legendY + u(16));
  font(ctx, u(19));
  c.legend.forEach((e, i) => {
    const x = u(44) + (i % 2) * u(270);
    const ey = legendY + u(56) + Math.floor(i / 2) * u(32);
    ctx.fillStyle = e.color;
    ctx.fillRect(x, ey, u(22), u(22));
    ctx.fillStyle = INK;
    ctx.fillText(e.label, x + u(32), ey, u(230));
  });
  ctx.fillStyle = MUTED;
  font(ctx, u(18));
  write(ctx, symLines, u(44), legendY + u(56) + rows * u(32) + u(4), u(25));

  // Key facts of the selected area, top right.
  if (c.facts) {
    font(ctx, u(20));
    const lines = c.facts.lines.flatMap((l) => wrap(ctx, l, u(580)));
    const h = u(30) + u(44) + u(34) + lines.length * u(28) + u(16);
    const x = out.width - u(24) - u(640);
    box(ctx, x, u(24), u(640), h, u(12));
    ctx.fillStyle = INK;
    font(ctx, u(32), 700);
    ctx.fillText(c.facts.heading, x + u(28), u(40), u(590));
    ctx.fillStyle = MUTED;
    font(ctx, u(22));
    ctx.fillText(c.facts.other, x + u(28), u(84), u(590));
    ctx.fillStyle = INK;
    font(ctx, u(20));
    write(ctx, lines, x + u(28), u(124), u(28));
  }
  return out;
}
