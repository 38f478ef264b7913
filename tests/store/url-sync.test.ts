// The URL sync works on the store it is given: the address bar sets it, and its changes set the bar.
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { initialState } from '../../src/store/state';
import { bindActions, type Store, useAtlas } from '../../src/store/store';
import { startUrlSync } from '../../src/store/url-sync';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  useAtlas.setState(initialState);
});

describe('startUrlSync', () => {
  it('restores the given store from the URL, with notices, and writes its changes back', () => {
    const store = createStore<Store>()((set) => ({ ...initialState, ...bindActions(set) }));
    window.history.replaceState(null, '', '/?area=harbin&lang=zh&brief=99');
    const stop = startUrlSync(store, window);
    expect(store.getState()).toMatchObject({ selected: 'harbin', lang: 'zh' });
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(),
    ).toContain('brief=99');
    expect(useAtlas.getState().selected).toBeNull(); // only the store it was given
    store.getState().selectArea('pudong');
    expect(window.location.search).toBe('?area=pudong&lang=zh');
    stop();
    store.getState().selectArea('xiongan');
    expect(window.location.search).toBe('?area=pudong&lang=zh');
  });
});
