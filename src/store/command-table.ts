// Building a table of keyboard commands: each command has an id, a context and the keys that run
// it. Building refuses a key that two commands claim where one key press could reach both, so a
// shortcut can never do two things, or silently hide another, depending on who listens first.
import { normalizeKey } from './keys';
import type { ActionName, Payload } from './store';

/**
 * Where a command's keys are heard.
 * - A global context listens on the window and is live in its own mode only: one mode at a time.
 * - A focus context hears the keys pressed inside its element, so at most one is active (focus is
 *   in one place); it is live in the modes listed. A text field's keys are typing, which the
 *   global contexts never take, so a text field shares no key press with them.
 */
export type ContextSpec<Mode extends string> =
  | { kind: 'global' }
  | { kind: 'focus'; liveIn: readonly Mode[]; textField?: boolean };

/** A store action with its payload, as a tuple: `['moveTo', 'next']`, `['clearSelection']`. */
export type ActionCall = { [K in ActionName]: readonly [K, ...Payload<K>] }[ActionName];

/** What a command declares: its keys, and for a global context the store action it runs. */
export type CommandSpec = { keys: readonly string[]; run?: ActionCall };

export type Command<C extends string = string> = {
  /** `context.name`, e.g. "presenting.next". */
  id: string;
  context: C;
  name: string;
  /** As written in the table, normalised ("Ctrl+k"). */
  keys: readonly string[];
  run?: ActionCall;
};

/** Whether one key press can reach both contexts. */
export function canOverlap<C extends string>(specs: Record<C, ContextSpec<C>>, a: C, b: C): boolean {
  if (a === b) return true;
  const [global, focus] = specs[a].kind === 'global' ? [a, b] : [b, a];
  const g = specs[global];
  const f = specs[focus];
  if (g.kind !== 'global' || f.kind !== 'focus') return false; // two globals, or two focus contexts
  return !f.textField && f.liveIn.includes(global);
}

/**
 * The commands of a table, in order, with their keys normalised. Throws at the first key claimed
 * twice within one context or in two contexts that can overlap, and at a global command without a
 * store action (nothing would run it) or a focus command with one (its component runs it).
 */
export function buildCommands<C extends string>(
  specs: Record<C, ContextSpec<C>>,
  table: { [K in C]: Record<string, CommandSpec> },
): Command<C>[] {
  const commands: Command<C>[] = [];
  for (const context of Object.keys(table) as C[]) {
    for (const [name, spec] of Object.entries(table[context])) {
      const id = `${context}.${name}`;
      const global = specs[context].kind === 'global';
      if (global !== Boolean(spec.run)) {
        throw new Error(
          global
            ? `Command "${id}" is global but runs no store action`
            : `Command "${id}" runs a store action, but only global commands do: its component binds it`,
        );
      }
      const keys = spec.keys.map(normalizeKey);
      for (const key of keys) {
        const rival = commands.find(
          (c) => c.id !== id && c.keys.includes(key) && canOverlap(specs, c.context, context),
        );
        if (rival) {
          const where =
            rival.context === context
              ? `in context "${context}"`
              : `in contexts "${rival.context}" and "${context}", which can be active at once`;
          throw new Error(`Key "${key}" is claimed by both "${rival.id}" and "${id}" ${where}`);
        }
      }
      commands.push({ id, context, name, keys, ...(spec.run ? { run: spec.run } : {}) });
    }
  }
  return commands;
}
