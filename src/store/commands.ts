// Every keyboard shortcut of the app, in one table: which keys run which command, in which context.
// Global commands name the store action they run and are dispatched by one window listener
// (global-keys.ts); the others are run by the component that holds their state, which binds
// handlers to them by name (use-key-commands.ts). The keys live here, the behaviour where the state is.
import { buildCommands, type Command, type CommandSpec, type ContextSpec } from './command-table';
import { keyOf } from './keys';

export type Context = 'presenting' | 'app' | 'search' | 'tabs' | 'list' | 'map' | 'timeline';
export type GlobalContext = 'presenting' | 'app';

/**
 * Which key presses each context hears. The modes are the global contexts: `presenting` while a
 * presentation runs (it takes precedence: it replaces `app`), `app` otherwise. So:
 * - `app` can overlap the tabs, the list and the map, and shares no key with them;
 * - `presenting` overlaps nothing: the header and the sidebar are hidden while it runs, and the map is
 *   the slide then (a clicker's arrows and Space step the briefing; the map's own keys are off);
 * - `search` is a text field: typing in it never runs a global command, so Escape is its own.
 */
export const CONTEXTS: Record<Context, ContextSpec<Context>> = {
  presenting: { kind: 'global' },
  app: { kind: 'global' },
  search: { kind: 'focus', liveIn: ['app'], textField: true },
  tabs: { kind: 'focus', liveIn: ['app'] },
  list: { kind: 'focus', liveIn: ['app'] },
  map: { kind: 'focus', liveIn: ['app'] },
  // The timeline's slider is hidden while presenting (its arrows would be the clicker's).
  timeline: { kind: 'focus', liveIn: ['app'] },
};

const TABLE = {
  // USB clickers send PageUp/PageDown (some send arrows or Space).
  presenting: {
    next: { keys: ['ArrowRight', 'PageDown', ' '], run: ['moveTo', 'next'] },
    prev: { keys: ['ArrowLeft', 'PageUp'], run: ['moveTo', 'prev'] },
    first: { keys: ['Home'], run: ['moveTo', 'first'] },
    last: { keys: ['End'], run: ['moveTo', 'last'] },
    exit: { keys: ['Escape'], run: ['stopPresenting'] },
  },
  app: {
    clearSelection: { keys: ['Escape'], run: ['clearSelection'] },
  },
  // The combobox: the active option moves, Enter chooses it, Escape empties the box.
  search: {
    next: { keys: ['ArrowDown'] },
    prev: { keys: ['ArrowUp'] },
    choose: { keys: ['Enter'] },
    clear: { keys: ['Escape'] },
  },
  tabs: {
    next: { keys: ['ArrowRight'] },
    prev: { keys: ['ArrowLeft'] },
  },
  // Focus between the area buttons.
  list: {
    next: { keys: ['ArrowDown'] },
    prev: { keys: ['ArrowUp'] },
    first: { keys: ['Home'] },
    last: { keys: ['End'] },
  },
  // Declared for the map's own handlers (wired in map/), which look them up with commandFor('map', e).
  map: {
    panLeft: { keys: ['ArrowLeft'] },
    panRight: { keys: ['ArrowRight'] },
    panUp: { keys: ['ArrowUp'] },
    panDown: { keys: ['ArrowDown'] },
    zoomIn: { keys: ['+', '='] },
    zoomOut: { keys: ['-'] },
    selectFocused: { keys: ['Enter', ' '] },
  },
  // The year slider (the ARIA slider pattern): a year at a time, the marked years by page, the ends.
  timeline: {
    later: { keys: ['ArrowRight', 'ArrowUp'] },
    earlier: { keys: ['ArrowLeft', 'ArrowDown'] },
    nextMark: { keys: ['PageUp'] },
    prevMark: { keys: ['PageDown'] },
    first: { keys: ['Home'] },
    last: { keys: ['End'] },
  },
} satisfies { [C in Context]: Record<string, CommandSpec> };

/** The names of a context's commands: the keys of the handlers a component binds. */
export type CommandName<C extends Context> = keyof (typeof TABLE)[C] & string;

/** Built at module load: a conflicting table throws here, before anything renders. */
export const COMMANDS: readonly Command<Context>[] = buildCommands(CONTEXTS, TABLE);

export const commandsIn = (context: Context) => COMMANDS.filter((c) => c.context === context);

/** The map's commands, for the map's handlers and for help text. */
export const MAP_COMMANDS = commandsIn('map');

const byKey = new Map(COMMANDS.flatMap((c) => c.keys.map((k) => [`${c.context} ${k}`, c] as const)));

export type CommandIn<C extends Context> = Command<C> & { name: CommandName<C> };

/** The command a key press runs in a context, if any (modifiers must match; Shift is the key's). */
export function commandFor<C extends Context>(
  context: C,
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): CommandIn<C> | undefined {
  return byKey.get(`${context} ${keyOf(e)}`) as CommandIn<C> | undefined;
}

/** Whether a context's keys work in the current mode (the map's are off while presenting). */
export function isLive(context: Context, presenting: boolean): boolean {
  const mode: GlobalContext = presenting ? 'presenting' : 'app';
  const spec = CONTEXTS[context];
  return spec.kind === 'global' ? context === mode : spec.liveIn.includes(mode);
}
