import { describe, expect, it } from 'vitest';
import { hasWebGL2, pageGivesWebGL2, webgl2Works } from '../../src/map/webgl';

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

  it('asks the page for a context, and says no where the browser gives none', () => {
    const fakeDoc = (context: object | null) =>
      ({
        defaultView: { WebGL2RenderingContext: FakeWebGL2Context },
        createElement: () => ({ getContext: () => context }),
      }) as unknown as Document;
    expect(pageGivesWebGL2(fakeDoc(null))).toBe(false);
    expect(pageGivesWebGL2(fakeDoc({ getExtension: () => null }))).toBe(true);
    expect(pageGivesWebGL2(document)).toBe(false); // jsdom: no API at all
  });

  it('answers no in jsdom, which has no WebGL at all', () => {
    expect(webgl2Works()).toBe(false);
  });
});
