import { describe, expect, it } from 'vitest';
import * as P from '../../src/store/presenter';

const at = (step: number, playing = false): P.Presenter => ({ active: true, step, playing });

describe('the presenter state machine', () => {
  it('starts at a step, clamped to the briefing', () => {
    expect(P.startPresenting(P.idle, 6, 25)).toEqual(at(6));
    expect(P.startPresenting(P.idle, 99, 25)).toEqual(at(24));
    expect(P.startPresenting(P.idle, -3, 25)).toEqual(at(0));
    expect(P.startPresenting(P.idle, 0, 0).active).toBe(false); // nothing to present
  });

  it('moves next and previous within bounds, keeping identity at the ends', () => {
    expect(P.nextStep(at(3), 25).step).toBe(4);
    expect(P.prevStep(at(3), 25).step).toBe(2);
    const first = at(0);
    const last = at(24);
    expect(P.prevStep(first, 25)).toBe(first);
    expect(P.nextStep(last, 25)).toBe(last);
    expect(P.firstStep(at(10), 25).step).toBe(0);
    expect(P.lastStep(at(10), 25).step).toBe(24);
    expect(P.goToStep(at(10), 40, 25).step).toBe(24);
  });

  it('plays, ticks forward, and pauses by itself at the end', () => {
    const playing = P.play(at(22), 25);
    expect(playing).toEqual(at(22, true));
    const t1 = P.tick(playing, 25);
    const t2 = P.tick(t1, 25);
    expect([t1.step, t2.step]).toEqual([23, 24]);
    expect(P.tick(t2, 25)).toEqual(at(24, false));
    expect(P.tick(at(5), 25)).toEqual(at(5)); // not playing: no tick
  });

  it('plays from the start when asked at the last step, and not at all with one step', () => {
    expect(P.play(at(24), 25)).toEqual(at(0, true));
    expect(P.play(at(0), 1).playing).toBe(false);
  });

  it('pauses and stops', () => {
    expect(P.pause(at(3, true))).toEqual(at(3));
    const paused = at(3);
    expect(P.pause(paused)).toBe(paused);
    expect(P.stopPresenting(at(3, true))).toEqual({ active: false, step: 3, playing: false });
    expect(P.stopPresenting(P.idle)).toBe(P.idle);
  });
});
