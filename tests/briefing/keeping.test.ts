// Keeping the store's briefing in the browser, as main.tsx starts it: what was saved opens, each
// change is saved, and every failure is reported to the store (and so said), never thrown.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { keepSaving, reportStored, restoreBriefing } from '../../src/briefing/keeping';
import { saveBriefing, siteStorage } from '../../src/briefing/storage';
import { currentBriefing } from '../../src/store/presenting';
import { initialState } from '../../src/store/state';
import { bindActions, type Store } from '../../src/store/store';
import { memoryStorage, throwing } from './memory-storage';

const KEY = 'new-areas-atlas.briefing';
const newStore = () => createStore<Store>()((set) => ({ ...initialState, ...bindActions(set) }));

/** Starts as main.tsx does, the URL's part left out. */
function start(storage: Storage | null, lang: 'en' | 'zh' = 'en', embed = false) {
  const store = newStore();
  const stored = restoreBriefing(store, storage);
  store.getState().setLang(lang); // what the URL would set
  store.setState({ embed });
  reportStored(store, stored);
  keepSaving(store, storage);
  return store;
}

describe('keeping the briefing', () => {
  it('opens the saved briefing and saves each change', () => {
    const storage = memoryStorage();
    const mine = { ...currentBriefing(initialState), title: 'Mine' };
    saveBriefing(mine, storage);
    const store = start(storage);
    expect(store.getState().briefing).toEqual(mine);
    store.getState().setBriefingTitle('Mine, edited');
    expect(JSON.parse(storage.getItem(KEY) ?? '').title).toBe('Mine, edited');
    expect(store.getState()).toMatchObject({ keeping: 'kept', notices: [] });
  });

  it('starts when reading localStorage throws, and says once that edits cannot be kept', () => {
    const blocked = Object.defineProperty({}, 'localStorage', {
      get: throwing('SecurityError', 'The document is sandboxed'),
    });
    const store = start(siteStorage(blocked));
    expect(store.getState().keeping).toBe('blocked');
    expect(store.getState().notices).toEqual([
      {
        text: 'This browser blocks site data, so edits to the briefing cannot be kept here. Export the briefing to keep them.',
        action: { kind: 'export' },
      },
    ]);
    store.getState().setBriefingTitle('Edited anyway');
    expect(store.getState().briefing?.title).toBe('Edited anyway');
    expect(store.getState().keeping).toBe('blocked');
    expect(store.getState().notices).toHaveLength(1);
  });

  it('says nothing of blocked site data in the embed view, which has no briefing to keep', () => {
    const blocked = Object.defineProperty({}, 'localStorage', {
      get: throwing('SecurityError', 'The document is sandboxed'),
    });
    const store = start(siteStorage(blocked), 'en', true);
    expect(store.getState().notices).toEqual([]);
  });

  it('reports a refused save once, and a later good save', () => {
    const storage = memoryStorage();
    const setItem = storage.setItem;
    storage.setItem = throwing('QuotaExceededError', 'exceeded the quota');
    const store = start(storage);
    store.getState().setBriefingTitle('One');
    expect(store.getState().keeping).toBe('refused');
    store.getState().setBriefingTitle('Two');
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'This browser refused to store your briefing, so it is not saved. Export it to keep it.',
    ]);
    storage.setItem = setItem;
    store.getState().setBriefingTitle('Three');
    expect(store.getState()).toMatchObject({ keeping: 'kept', notices: [] });
    expect(JSON.parse(storage.getItem(KEY) ?? '').title).toBe('Three');
  });

  it('holds a damaged entry, says why in the UI language, and leaves it in storage', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    const store = start(storage, 'zh');
    expect(store.getState()).toMatchObject({ briefing: null, damaged: '{not json' });
    expect(store.getState().notices).toEqual([
      {
        text: '本浏览器中保存的简报无法读取，现显示内置简报；在您保存新的简报之前，已保存的副本会一直保留。原因：文件不是有效的 JSON。',
        action: { kind: 'downloadDamaged' },
      },
    ]);
    expect(storage.getItem(KEY)).toBe('{not json');
  });

  it('removes a damaged entry when the user discards it', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    const store = start(storage);
    store.getState().discardDamagedBriefing();
    expect(storage.getItem(KEY)).toBeNull();
    expect(store.getState()).toMatchObject({ damaged: null, notices: [] });
  });

  it('replaces a damaged entry only by saving a new briefing, and a later discard keeps that', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{not json');
    const store = start(storage);
    store.getState().setBriefingTitle('New');
    expect(JSON.parse(storage.getItem(KEY) ?? '').title).toBe('New');
    expect(store.getState().damaged).toBe('{not json'); // still downloadable this session
    store.getState().discardDamagedBriefing();
    expect(JSON.parse(storage.getItem(KEY) ?? '').title).toBe('New');
  });
});
