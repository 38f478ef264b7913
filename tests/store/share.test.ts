import { describe, expect, it } from 'vitest';
import { embedCode, linkFor } from '../../src/store/share';
import { initialState } from '../../src/store/state';
import { parseUrl } from '../../src/store/url';

const state = { ...initialState, selected: 'pudong' as const, lang: 'zh' as const, embed: true };

describe('share links', () => {
  it('keeps the state and the camera, with the embed view on or off', () => {
    const href = 'http://127.0.0.1:5000/atlas/?area=pudong&lang=zh&embed=1#map=8/31.2/121.6';
    expect(linkFor(state, href, false)).toBe(
      'http://127.0.0.1:5000/atlas/?area=pudong&lang=zh#map=8/31.2/121.6',
    );
    expect(linkFor(state, href, true)).toBe(
      'http://127.0.0.1:5000/atlas/?area=pudong&lang=zh&embed=1#map=8/31.2/121.6',
    );
  });

  it('works from a file', () => {
    expect(linkFor(state, 'file:///media/usb/new-areas-atlas.html?embed=1', false)).toBe(
      'file:///media/usb/new-areas-atlas.html?area=pudong&lang=zh',
    );
  });

  it('gives an iframe of the embed view, its attributes escaped', () => {
    const code = embedCode(state, 'https://example.org/a/?x#map=4/35/105', 'Map "A" & B');
    expect(code).toBe(
      '<iframe src="https://example.org/a/?area=pudong&amp;lang=zh&amp;embed=1#map=4/35/105" title="Map &quot;A&quot; &amp; B" width="800" height="520" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });
});

describe('?embed', () => {
  it('turns on with 1 only, and names any other value', () => {
    expect(parseUrl('?embed=1').state.embed).toBe(true);
    const bad = parseUrl('?embed=yes');
    expect(bad.state.embed).toBeUndefined();
    expect(bad.notices).toEqual(['Ignored embed=yes: only 1 turns on the embed view.']);
  });
});
