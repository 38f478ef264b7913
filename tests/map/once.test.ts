// A shared load: done once for every caller, tried again after a failure.
import { describe, expect, it } from 'vitest';
import { once } from '../../src/map/once';

describe('once', () => {
  it('shares one load between callers', async () => {
    let calls = 0;
    const get = once(async () => ++calls);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets a load that failed, so the next call tries again', async () => {
    let calls = 0;
    const get = once(async () => {
      calls++;
      if (calls === 1) throw new Error('refused');
      return 'loaded';
    });
    await expect(get()).rejects.toThrow('refused');
    expect(await get()).toBe('loaded');
    expect(calls).toBe(2);
  });
});
