// The presenter view's pure parts: which window is the presenter's, where a clicker key goes, the clock.
import { describe, expect, it } from 'vitest';
import { formatElapsed, isPresenterWindow, stepFor } from '../../src/briefing/presenter-channel';

describe('the presenter channel', () => {
  it('knows the presenter window by ?presenter=1 only', () => {
    expect(isPresenterWindow('?presenter=1')).toBe(true);
    expect(isPresenterWindow('?presenter=1&lang=zh')).toBe(true);
    expect(isPresenterWindow('?presenter=0')).toBe(false);
    expect(isPresenterWindow('?area=pudong')).toBe(false);
  });

  it('moves within the briefing', () => {
    expect(stepFor('next', 0, 3)).toBe(1);
    expect(stepFor('next', 2, 3)).toBe(2);
    expect(stepFor('prev', 0, 3)).toBe(0);
    expect(stepFor('first', 2, 3)).toBe(0);
    expect(stepFor('last', 0, 3)).toBe(2);
  });

  it('writes the elapsed time as m:ss, and h:mm:ss past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
