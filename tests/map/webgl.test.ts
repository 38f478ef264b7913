import { describe, expect, it } from 'vitest';
import { hasWebGL2 } from '../../src/map/webgl';

// Stands in for the browser's constructor; only its type matters to the check.
class FakeWebGL2Context {}

describe('the WebGL2 check', () => {
  it('says no in jsdom, which has no WebGL', () => {
    expect(hasWebGL2()).toBe(false);
  });

  it('says no without the API and yes with it', () => {
    expect(hasWebGL2({})).toBe(false);
    expect(hasWebGL2(undefined)).toBe(false);
    expect(hasWebGL2({ WebGL2RenderingContext: FakeWebGL2Context })).toBe(true);
  });
});
