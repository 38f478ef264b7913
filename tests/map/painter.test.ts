// The 2D painter's placement and picking, without a canvas: the rules MapLibre applies to the same
// style (dots never give way, names try their places in turn and drop where there is no room, a
// click takes the nearest dot within its 44 px target, or the outline it falls in).
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/map/painter/labels';
import { pickAt } from '../../src/map/painter/pick';
import type { Scene } from '../../src/map/painter/scene';
import { DOT } from '../../src/map/tokens';

const name = (en: string, zh: string) => ({ en, zh });
/** A scene in screen pixels (the transform is the identity). */
function scene(points: { id: 'pudong' | 'zhoushan' | 'harbin'; x: number; y: number }[]): Scene {
  return {
    neighbours: [],
    provinces: [],
    coast: [],
    dashes: [],
    borders: [],
    areas: [{ id: 'harbin', precision: 'approximate', path: {} as Path2D, box: [100, 100, 200, 200] }],
    provinceLabels: [{ x: 500, y: 500, adcode: '330000', name: name('Zhejiang', '浙江') }],
    areaPoints: points.map((p) => ({ ...p, label: name(p.id, '新区') })),
    ports: [],
    rivers: [],
    lakes: [],
    waterLabels: [],
    cities: [],
  };
}
const measure = (text: string, size: number) => text.length * size * 0.6;
const identity = (x: number, y: number) => ({ x, y });
const place = (s: Scene, zoom: number) =>
  placeLabels(s, {
    zoom,
    size: { width: 1000, height: 800 },
    lang: 'en',
    toScreen: identity,
    measure,
    dimmed: () => false,
  });

describe('label placement', () => {
  it('keeps every dot and puts a name in its first place with room', () => {
    const p = place(scene([{ id: 'pudong', x: 300, y: 300 }]), 4);
    expect(p.dots.map((d) => d.id)).toEqual(['pudong']);
    const label = p.labels.find((l) => l.area === 'pudong');
    expect(label?.layer).toBe('areaBeside');
    expect(label?.align).toBe('left'); // the first anchor: text to the right of the dot
    expect(label?.box[0]).toBeGreaterThan(300 + DOT.size / 2);
  });

  it('moves a name off another dot, to its next place', () => {
    // Zhoushan's dot sits right where Pudong's name would go first.
    const p = place(
      scene([
        { id: 'pudong', x: 300, y: 300 },
        { id: 'zhoushan', x: 345, y: 300 },
      ]),
      4,
    );
    const pudong = p.labels.find((l) => l.area === 'pudong');
    expect(pudong?.align).not.toBe('left');
    for (const d of p.dots) {
      const r = d.r;
      const box = pudong?.box ?? [0, 0, 0, 0];
      const overlaps = box[0] < d.x + r && d.x - r < box[2] && box[1] < d.y + r && d.y - r < box[3];
      expect(overlaps, d.id).toBe(false);
    }
  });

  it('drops a name that finds no room, never a dot', () => {
    const crowd = [
      { id: 'pudong' as const, x: 300, y: 300 },
      { id: 'zhoushan' as const, x: 301, y: 300 },
      { id: 'harbin' as const, x: 302, y: 300 },
    ];
    const p = place(scene(crowd), 4);
    expect(p.dots).toHaveLength(3);
    expect(p.labels.filter((l) => l.layer === 'areaBeside').length).toBeLessThan(3);
  });

  it('shows province names from zoom 4.5, and names on the outlines instead of dots from zoom 7', () => {
    const s = scene([{ id: 'pudong', x: 300, y: 300 }]);
    expect(place(s, 4).labels.some((l) => l.layer === 'province')).toBe(false);
    expect(place(s, 5).labels.some((l) => l.layer === 'province')).toBe(true);
    const close = place(s, 7.5);
    expect(close.dots).toEqual([]);
    expect(close.labels.find((l) => l.area === 'pudong')?.layer).toBe('area');
  });

  it('writes the UI language first and the other below it', () => {
    const p = placeLabels(scene([{ id: 'pudong', x: 300, y: 300 }]), {
      zoom: 8,
      size: { width: 1000, height: 800 },
      lang: 'zh',
      toScreen: identity,
      measure,
      dimmed: () => false,
    });
    const lines = p.labels.find((l) => l.area === 'pudong')?.lines ?? [];
    expect(lines.map((l) => l.text)).toEqual(['新区', 'pudong']);
    expect(lines[1]?.size).toBeLessThan(lines[0]?.size ?? 0);
  });
});

describe('picking', () => {
  const transform = { k: 1, tx: 0, ty: 0 };
  it('takes the nearest dot within its 44 px target, and nothing beyond it', () => {
    const s = scene([
      { id: 'pudong', x: 300, y: 300 },
      { id: 'zhoushan', x: 330, y: 300 },
    ]);
    const placement = place(s, 4);
    const input = { scene: s, placement, zoom: 4, transform, inside: () => false };
    expect(pickAt({ x: 312, y: 300 }, input)?.id).toBe('pudong');
    expect(pickAt({ x: 318, y: 300 }, input)?.id).toBe('zhoushan');
    expect(pickAt({ x: 300, y: 300 + DOT.hitRadius - 1 }, input)).toEqual({
      id: 'pudong',
      dot: { x: 300, y: 300 },
    });
    expect(pickAt({ x: 300, y: 300 + DOT.hitRadius + 14 }, input)).toBeNull();
  });

  it('takes the outline a point falls in once outlines are drawn, and not before', () => {
    const s = scene([]);
    const inside = (_: Path2D, x: number, y: number) => x > 120 && x < 180 && y > 120 && y < 180;
    expect(
      pickAt({ x: 150, y: 150 }, { scene: s, placement: place(s, 8), zoom: 8, transform, inside }),
    ).toEqual({
      id: 'harbin',
      dot: null,
    });
    expect(
      pickAt({ x: 110, y: 110 }, { scene: s, placement: place(s, 8), zoom: 8, transform, inside }),
    ).toBeNull();
    expect(
      pickAt({ x: 150, y: 150 }, { scene: s, placement: place(s, 5), zoom: 5, transform, inside }),
    ).toBeNull();
  });
});
