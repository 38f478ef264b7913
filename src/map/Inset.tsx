// The South China Sea islands inset on the page (see painter/inset.ts): shown with the national
// view, the same in both renderers, named in both languages for screen readers and on screen.
import { useEffect, useRef } from 'react';
import type { Lang } from '../i18n/strings';
import { insetCaption, paintInset } from './painter/inset';

export function Inset({ lang }: { lang: Lang }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d', { willReadFrequently: true });
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const size = { width: c.clientWidth, height: c.clientHeight };
    c.width = Math.round(size.width * dpr);
    c.height = Math.round(size.height * dpr);
    paintInset(ctx, size, dpr).catch(() => undefined); // the main map reports a file that failed
  }, []);
  const [first, second] = insetCaption(lang);
  return (
    <figure className="map-inset" role="img" aria-label={`${first} (${second})`} data-testid="map-inset">
      <canvas ref={canvas} />
      <figcaption>
        <span>{first}</span>
        <span className="other">{second}</span>
      </figcaption>
    </figure>
  );
}
