// @vitest-environment node
// The soak's pure parts: its options, the tour that leaves MapLibre's tile caches the same before each
// heap figure, and the comparison of two heap snapshots.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/bench/args.mjs';
import { compareSnapshots, type HeapNode } from '../../scripts/bench/snapshot.mjs';
import { tourViews } from '../../scripts/bench/soak-home.mjs';

describe('bench options', () => {
  it('runs the soak alone with --only soak, and takes snapshots into a folder', () => {
    const o = parseArgs(['--only', 'soak', '--seed', '7', '--snapshots', '/tmp/s']);
    expect(o).toMatchObject({ only: 'soak', soakSeed: 7, snapshots: '/tmp/s', soakActions: 1000 });
    expect(parseArgs(['--only=soak']).only).toBe('soak');
    expect(parseArgs([]).only).toBeNull();
  });

  it('runs the cold loads alone with --only loads, with the runs asked for', () => {
    expect(parseArgs(['--only', 'loads', '--runs', '15'])).toMatchObject({ only: 'loads', runs: 15 });
  });

  it('refuses another part, or a soak of no actions alone', () => {
    expect(() => parseArgs(['--only', 'clicks'])).toThrow(/--only takes soak or loads, not clicks/);
    expect(() => parseArgs(['--only', 'soak', '--soak', '0'])).toThrow(/runs nothing/);
  });
});

describe('the tour before each heap figure', () => {
  const map = { width: 970, height: 745.25 };
  const TILE = 512;
  const world = TILE * 2 ** 8;
  /** The zoom-8 tiles a view covers, as "x/y". */
  function tiles(v: { lon: number; lat: number }) {
    const s = Math.sin((v.lat * Math.PI) / 180);
    const cx = ((v.lon + 180) / 360) * world;
    const cy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
    const out: string[] = [];
    for (let x = Math.floor((cx - map.width / 2) / TILE); x <= Math.floor((cx + map.width / 2) / TILE); x++)
      for (
        let y = Math.floor((cy - map.height / 2) / TILE);
        y <= Math.floor((cy + map.height / 2) / TILE);
        y++
      )
        out.push(`${x}/${y}`);
    return out;
  }

  it('is the same every time, at zoom 8', () => {
    expect(tourViews(map)).toEqual(tourViews(map));
    expect(tourViews(map).every((v) => v.zoom === 8)).toBe(true);
  });

  it('leaves behind more distinct tiles than MapLibre keeps of a source, none shared by two views', () => {
    const kept = (Math.ceil(map.width / TILE) + 1) * (Math.ceil(map.height / TILE) + 1) * 5;
    const all = tourViews(map).flatMap(tiles);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(1.5 * kept);
  });
});

describe('comparing heap snapshots', () => {
  const node = (id: number, name: string, size: number, type = 'object'): HeapNode => ({
    id,
    name,
    size,
    type,
    detached: false,
  });

  it('gives each constructor its net change and what is new, largest growth first', () => {
    const first = [node(1, 'Tile', 100), node(2, 'Tile', 100), node(3, 'Fiber', 10)];
    const last = [node(2, 'Tile', 100), node(4, 'Tile', 100), node(5, 'Tile', 100), node(3, 'Fiber', 10)];
    const rows = compareSnapshots(first, last);
    expect(rows[0]).toEqual({ key: 'object: Tile', net: 1, netSize: 100, fresh: 2, freshSize: 200 });
    expect(rows.find((r) => r.key === 'object: Fiber')).toMatchObject({ net: 0, fresh: 0 });
  });

  it('groups code by its kind, not its contents', () => {
    const rows = compareSnapshots([], [node(1, 'a', 5, 'code'), node(2, 'b', 7, 'code')]);
    expect(rows).toEqual([{ key: '(code)', net: 2, netSize: 12, fresh: 2, freshSize: 12 }]);
  });
});
