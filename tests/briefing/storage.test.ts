// Keeping the briefing in localStorage: every way the browser can fail is a value, never an
// exception — the getter that throws when site data is blocked, a setItem that throws when storage
// is full or forbidden, and an entry that is not a briefing (kept as text, never deleted unasked).
import { describe, expect, it } from 'vitest';
import { discardStored, loadBriefing, saveBriefing, siteStorage } from '../../src/briefing/storage';
import type { Briefing } from '../../src/data/briefing';
import { currentBriefing } from '../../src/store/presenting';
import { initialState } from '../../src/store/state';
import { memoryStorage, throwing } from './memory-storage';

const KEY = 'new-areas-atlas.briefing';

const builtIn = currentBriefing(initialState);
const mine: Briefing = { ...builtIn, title: 'Mine' };

describe('siteStorage', () => {
  it('gives the page’s storage', () => {
    const storage = memoryStorage();
    expect(siteStorage({ localStorage: storage })).toBe(storage);
  });

  it('gives null, not an exception, when reading localStorage throws (site data blocked)', () => {
    const blocked = Object.defineProperty({}, 'localStorage', {
      get: throwing('SecurityError', 'The document is sandboxed'),
    });
    expect(() => siteStorage(blocked)).not.toThrow();
    expect(siteStorage(blocked)).toBeNull();
    expect(siteStorage({})).toBeNull();
  });
});

describe('loadBriefing', () => {
  it('reads a saved briefing, validated', () => {
    const storage = memoryStorage();
    expect(loadBriefing(storage)).toEqual({ kind: 'none' });
    expect(saveBriefing(mine, storage)).toBe(true);
    expect(loadBriefing(storage)).toEqual({ kind: 'briefing', briefing: mine });
  });

  it('is blocked without storage, or when reading it throws', () => {
    expect(loadBriefing(null)).toEqual({ kind: 'blocked' });
    const policy = { ...memoryStorage(), getItem: throwing('SecurityError', 'denied') };
    expect(loadBriefing(policy)).toEqual({ kind: 'blocked' });
  });

  it('returns a damaged entry as its text, and leaves it in storage', () => {
    const storage = memoryStorage();
    const bad = '{"version":1,"title":"x","steps":[{"selected":"atlantis"}]}';
    storage.setItem(KEY, bad);
    expect(loadBriefing(storage)).toEqual({ kind: 'damaged', text: bad });
    expect(storage.getItem(KEY)).toBe(bad);
    storage.setItem(KEY, '{not json');
    expect(loadBriefing(storage)).toEqual({ kind: 'damaged', text: '{not json' });
  });
});

describe('saveBriefing', () => {
  it('saves, and clears the entry for the built-in briefing', () => {
    const storage = memoryStorage();
    expect(saveBriefing(mine, storage)).toBe(true);
    expect(saveBriefing(null, storage)).toBe(true);
    expect(storage.map.size).toBe(0);
  });

  it('says false, not an exception, when the browser refuses (quota, policy)', () => {
    const full = { ...memoryStorage(), setItem: throwing('QuotaExceededError', 'exceeded the quota') };
    expect(saveBriefing(mine, full)).toBe(false);
    const locked = { ...memoryStorage(), removeItem: throwing('SecurityError', 'denied') };
    expect(saveBriefing(null, locked)).toBe(false);
  });
});

describe('discardStored', () => {
  it('removes the damaged entry the user discarded', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, '{damaged');
    discardStored('{damaged', storage);
    expect(storage.map.size).toBe(0);
  });

  it('leaves a briefing saved over it since', () => {
    const storage = memoryStorage();
    saveBriefing(mine, storage);
    discardStored('{damaged', storage);
    expect(loadBriefing(storage)).toEqual({ kind: 'briefing', briefing: mine });
  });
});
