// The command table: lookup by context and key press, modifiers, which contexts can overlap, and the
// refusal of a key claimed twice where one key press could reach both claims.
import { describe, expect, it } from 'vitest';
import { buildCommands, type CommandSpec, canOverlap } from '../../src/store/command-table';
import {
  COMMANDS,
  CONTEXTS,
  type Context,
  commandFor,
  commandsIn,
  isLive,
  MAP_COMMANDS,
} from '../../src/store/commands';
import { keyOf, normalizeKey } from '../../src/store/keys';

const press = (
  key: string,
  mods: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

type Table = { [C in Context]: Record<string, CommandSpec> };
const empty: Table = { presenting: {}, app: {}, search: {}, tabs: {}, list: {}, map: {}, timeline: {} };
const build = (patch: Partial<Table>) => buildCommands(CONTEXTS, { ...empty, ...patch });

describe('looking up a command', () => {
  it('finds the command a key runs in a context, with the store action of a global one', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) {
      expect(commandFor('presenting', press(key))).toMatchObject({
        id: 'presenting.next',
        run: ['moveTo', 'next'],
      });
    }
    expect(commandFor('presenting', press('PageUp'))?.run).toEqual(['moveTo', 'prev']);
    expect(commandFor('presenting', press('Home'))?.run).toEqual(['moveTo', 'first']);
    expect(commandFor('presenting', press('End'))?.run).toEqual(['moveTo', 'last']);
    expect(commandFor('presenting', press('Escape'))?.run).toEqual(['stopPresenting']);
    expect(commandFor('app', press('Escape'))?.run).toEqual(['clearSelection']);
    expect(commandFor('search', press('Enter'))?.name).toBe('choose');
    expect(commandFor('tabs', press('ArrowLeft'))?.name).toBe('prev');
    expect(commandFor('list', press('End'))?.name).toBe('last');
  });

  it('finds nothing for a key the context does not claim', () => {
    expect(commandFor('app', press('ArrowRight'))).toBeUndefined();
    expect(commandFor('tabs', press('ArrowDown'))).toBeUndefined();
    expect(commandFor('presenting', press('a'))).toBeUndefined();
  });

  it('declares the map’s commands for its handlers', () => {
    expect(MAP_COMMANDS.map((c) => c.name)).toEqual([
      'panLeft',
      'panRight',
      'panUp',
      'panDown',
      'zoomIn',
      'zoomOut',
      'selectFocused',
    ]);
    expect(commandFor('map', press('+'))?.id).toBe('map.zoomIn');
    expect(commandFor('map', press('='))?.id).toBe('map.zoomIn');
    expect(commandFor('map', press('-'))?.id).toBe('map.zoomOut');
    expect(commandFor('map', press('ArrowUp'))?.id).toBe('map.panUp');
    expect(commandFor('map', press(' '))?.id).toBe('map.selectFocused');
    expect(MAP_COMMANDS.every((c) => c.run === undefined)).toBe(true);
  });

  it('gives every command a unique id and lists each context’s commands', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(commandsIn('app').map((c) => c.id)).toEqual(['app.clearSelection']);
  });
});

describe('modifiers', () => {
  it('runs an unmodified command only without Alt, Ctrl or Meta', () => {
    expect(commandFor('presenting', press('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(commandFor('presenting', press('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(commandFor('presenting', press('ArrowRight', { metaKey: true }))).toBeUndefined();
    expect(commandFor('app', press('Escape', { ctrlKey: true }))).toBeUndefined();
  });

  it('treats Shift as part of the key: Shift+ArrowRight still steps, "+" is the key typed', () => {
    expect(commandFor('presenting', press('ArrowRight', { shiftKey: true }))?.id).toBe('presenting.next');
    expect(commandFor('map', press('+', { shiftKey: true }))?.id).toBe('map.zoomIn');
  });

  it('spells a chord one way, whatever order the table writes its modifiers in', () => {
    expect(normalizeKey('Meta+Ctrl+k')).toBe('Ctrl+Meta+k');
    expect(normalizeKey('Ctrl++')).toBe('Ctrl++');
    expect(normalizeKey('+')).toBe('+');
    expect(keyOf(press('k', { ctrlKey: true, metaKey: true }))).toBe('Ctrl+Meta+k');
    expect(keyOf(press('k', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+k');
    expect(() => normalizeKey('Shift+=')).toThrow(/"Shift" is not a modifier/);
  });

  it('matches a modified command only with its modifiers held', () => {
    const [cmd] = build({ list: { open: { keys: ['Ctrl+k'] } } });
    expect(cmd?.keys).toEqual(['Ctrl+k']);
    expect(cmd?.keys.includes(keyOf(press('k', { ctrlKey: true })))).toBe(true);
    expect(cmd?.keys.includes(keyOf(press('k')))).toBe(false);
    expect(cmd?.keys.includes(keyOf(press('k', { ctrlKey: true, altKey: true })))).toBe(false);
  });
});

describe('contexts that can be active at once', () => {
  it('are app with the tabs, the list, the map and the timeline, and no other pair', () => {
    const names = Object.keys(CONTEXTS) as Context[];
    const pairs = names.flatMap((a, i) =>
      names.slice(i + 1).flatMap((b) => (canOverlap(CONTEXTS, a, b) ? [`${a}+${b}`] : [])),
    );
    expect(pairs).toEqual(['app+tabs', 'app+list', 'app+map', 'app+timeline']);
  });

  it('one global context at a time: presenting while it runs, else app', () => {
    expect(isLive('presenting', true)).toBe(true);
    expect(isLive('app', true)).toBe(false);
    expect(isLive('app', false)).toBe(true);
    expect(isLive('presenting', false)).toBe(false);
    // The map is the slide while presenting; the sidebar and the header are hidden.
    expect((['map', 'list', 'tabs', 'search'] as const).map((c) => isLive(c, true))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isLive('list', false)).toBe(true);
  });
});

describe('refusing a shortcut two commands claim', () => {
  it('refuses a key claimed twice in one context, however the chord is written', () => {
    expect(() => build({ list: { a: { keys: ['Home'] }, b: { keys: ['End', 'Home'] } } })).toThrow(
      'Key "Home" is claimed by both "list.a" and "list.b" in context "list"',
    );
    expect(() => build({ map: { a: { keys: ['Ctrl+Meta+k'] }, b: { keys: ['Meta+Ctrl+k'] } } })).toThrow(
      /"Ctrl\+Meta\+k" is claimed by both "map.a" and "map.b"/,
    );
  });

  it('refuses a key claimed by app and by a focus context it overlaps', () => {
    expect(() =>
      build({
        app: { clearSelection: { keys: ['Escape'], run: ['clearSelection'] } },
        list: { close: { keys: ['Escape'] } },
      }),
    ).toThrow(
      'Key "Escape" is claimed by both "app.clearSelection" and "list.close" in contexts "app" and "list", which can be active at once',
    );
  });

  it('refuses a key claimed by presenting and by a focus context that stays live while presenting', () => {
    const specs = { ...CONTEXTS, map: { kind: 'focus', liveIn: ['app', 'presenting'] } } as const;
    expect(() =>
      buildCommands(specs, {
        ...empty,
        presenting: { next: { keys: ['ArrowRight'], run: ['moveTo', 'next'] } },
        map: { panRight: { keys: ['ArrowRight'] } },
      }),
    ).toThrow(/"ArrowRight" is claimed by both "presenting.next" and "map.panRight" in contexts/);
  });

  it('allows one key in contexts that never hear the same key press', () => {
    const built = build({
      presenting: { exit: { keys: ['Escape'], run: ['stopPresenting'] } },
      app: { clearSelection: { keys: ['Escape'], run: ['clearSelection'] } },
      search: { clear: { keys: ['Escape'] } }, // a text field: global commands never run from it
      list: { next: { keys: ['ArrowDown'] } },
      map: { panDown: { keys: ['ArrowDown'] } }, // focus is in one place
    });
    expect(built.map((c) => c.id)).toEqual([
      'presenting.exit',
      'app.clearSelection',
      'search.clear',
      'list.next',
      'map.panDown',
    ]);
  });

  it('refuses a global command without a store action, and a focus command with one', () => {
    expect(() => build({ app: { nothing: { keys: ['x'] } } })).toThrow(
      'Command "app.nothing" is global but runs no store action',
    );
    expect(() => build({ list: { clear: { keys: ['x'], run: ['clearSelection'] } } })).toThrow(
      /"list.clear" runs a store action, but only global commands do/,
    );
  });
});
