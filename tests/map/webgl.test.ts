import { describe, expect, it, vi } from 'vitest';
import { hasWebGL2 } from '../../src/map/webgl';

const docWith = (getContext: () => unknown) =>
  ({ createElement: () => ({ getContext }) }) as unknown as Document;

describe('the WebGL2 probe', () => {
  it('says no in jsdom, which has no WebGL', () => {
    expect(hasWebGL2(document)).toBe(false);
  });

  it('says no when the context is refused or the browser throws', () => {
    expect(hasWebGL2(docWith(() => null))).toBe(false);
    expect(
      hasWebGL2(
        docWith(() => {
          throw new Error('blocked by policy');
        }),
      ),
    ).toBe(false);
  });

  it('says yes with a WebGL2 context, and releases it', () => {
    const lose = vi.fn();
    expect(hasWebGL2(docWith(() => ({ getExtension: () => ({ loseContext: lose }) })))).toBe(true);
    expect(lose).toHaveBeenCalled();
  });
});
