// The store's actions are derived from its table of updaters: every updater is bound, nothing else
// is, and calling an action is applying its updater to the current state.
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { idle } from '../../src/store/presenter';
import { type AppState, initialState } from '../../src/store/state';
import { type ActionName, type Actions, type Payload, UPDATERS, useAtlas } from '../../src/store/store';

const base: AppState = {
  ...initialState,
  selected: 'harbin',
  strategies: ['northeast'],
  measure: 6,
  notices: [{ text: 'first' }, { text: 'second' }],
  presenter: { active: true, step: 3, playing: false },
  view: [120, 40, 130, 50],
};
const playing = { presenter: { active: true, step: 3, playing: true } };
const held = { version: 1 as const, title: 'Held', steps: [] };

/** A payload for each action that changes the state it starts from (typed: a new action needs one). */
const SAMPLES: { [K in ActionName]: { args: Payload<K>; from?: Partial<AppState> } } = {
  selectArea: { args: ['pudong'] },
  clearSelection: { args: [] },
  toggleStrategy: { args: ['west'] },
  setIndustry: { args: ['biomedicine'] },
  setMeasure: { args: [13] },
  clearFilters: { args: [] },
  setYear: { args: [2014] },
  stepYear: { args: [-1] },
  setCompare: { args: [['pudong', 'xiongan']] },
  addToCompare: { args: ['harbin'] },
  removeFromCompare: { args: ['pudong'], from: { compare: ['pudong', 'xiongan'] } },
  clearCompare: { args: [], from: { compare: ['pudong', 'xiongan'] } },
  setColorMode: { args: ['year'] },
  setLang: { args: ['zh'] },
  setSort: { args: ['name'] },
  addNotices: { args: [['third']] },
  dismissNotice: { args: [0] },
  apply: { args: [{ selected: 'xiongan', lang: 'zh' }] },
  startPresenting: { args: [5], from: { presenter: idle } },
  stopPresenting: { args: [] },
  moveTo: { args: ['next'] },
  play: { args: [] },
  pause: { args: [], from: playing },
  tick: { args: [], from: playing },
  setView: { args: [[100, 20, 110, 30]] },
  addCurrentView: { args: ['A new step'] },
  moveBriefingStep: { args: [{ from: 0, to: 2 }] },
  editBriefingStep: { args: [{ index: 1, patch: { notes: 'say why' } }] },
  deleteBriefingStep: { args: [0] },
  setBriefingTitle: { args: ['Renamed'] },
  openBriefing: { args: [null] },
  restoreBriefing: {
    args: [0],
    from: { notices: [{ text: 'Replaced', action: { kind: 'restore', briefing: held } }] },
  },
  setKeeping: { args: ['refused'] },
  foundDamagedBriefing: { args: [{ text: '{damaged', error: 'not JSON' }] },
  discardDamagedBriefing: { args: [], from: { damaged: '{damaged' } },
  setHandout: { args: [{ image: 'blob:handout', date: '2026-01-01' }] },
};

const NAMES = Object.keys(UPDATERS) as ActionName[];
const dataOf = (s: object) =>
  Object.fromEntries(Object.keys(initialState).map((k) => [k, (s as Record<string, unknown>)[k]]));

beforeEach(() => {
  useAtlas.setState(initialState);
});

describe('actions derived from the updaters', () => {
  it('binds every updater as an action, and has no other action', () => {
    const store = useAtlas.getState() as unknown as Record<string, unknown>;
    const actions = Object.keys(store).filter((k) => typeof store[k] === 'function');
    expect(actions.sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s: calling the action equals applying its updater', (name) => {
    const { args, from } = SAMPLES[name];
    const start = { ...base, ...from };
    const expected = (UPDATERS[name] as (s: AppState, ...a: unknown[]) => AppState)(start, ...args);
    expect(dataOf(expected)).not.toEqual(dataOf(start)); // so a wrong binding would show
    useAtlas.setState(start);
    (useAtlas.getState()[name] as (...a: unknown[]) => void)(...args);
    expect(dataOf(useAtlas.getState())).toEqual(dataOf(expected));
  });

  it('types each action by its updater’s payload', () => {
    expectTypeOf<Actions['clearSelection']>().toEqualTypeOf<() => void>();
    expectTypeOf<Actions['startPresenting']>().toEqualTypeOf<(step?: number) => void>();
    expectTypeOf<Actions['moveBriefingStep']>().toEqualTypeOf<(m: { from: number; to: number }) => void>();
    expectTypeOf<Actions['editBriefingStep']>().parameters.toEqualTypeOf<Payload<'editBriefingStep'>>();
    expect(useAtlas.getState().startPresenting).toBeTypeOf('function');
  });
});
