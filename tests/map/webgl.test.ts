import { describe, expect, it } from 'vitest';
import { hasWebGL2, webgl2Works } from '../../src/map/webgl';

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

  it('asks for a context once, and says no where the browser gives none', () => {
    let asked = 0;
    const fakeDoc = (context: object | null) =>
      ({
        defaultView: { WebGL2RenderingContext: FakeWebGL2Context },
        createElement: () => ({
          getContext: () => {
            asked++;
            return context;
          },
        }),
      }) as unknown as Document;
    const off = fakeDoc(null);
    expect(webgl2Works(off)).toBe(false);
    expect(webgl2Works(off)).toBe(false);
    expect(asked).toBe(1);
    expect(webgl2Works(fakeDoc({ getExtension: () => null }))).toBe(true);
    expect(webgl2Works(document)).toBe(false); // jsdom: no API at all
  });
});
