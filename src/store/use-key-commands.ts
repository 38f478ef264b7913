// The command table, for components: a focus context's keys run handlers the component binds by
// command name; the global commands get their window listener once, from the app.
import { type KeyboardEvent, useEffect } from 'react';
import { type CommandName, type Context, commandFor, type GlobalContext, isLive } from './commands';
import { installGlobalKeys } from './global-keys';
import { useAtlas } from './store';

export type KeyHandlers<C extends Context> = Partial<Record<CommandName<C>, (e: KeyboardEvent) => void>>;

/** An onKeyDown that runs the handler bound to the command a key press names in this context. */
export function useKeyCommands<C extends Exclude<Context, GlobalContext>>(
  context: C,
  handlers: KeyHandlers<C>,
): (e: KeyboardEvent) => void {
  const presenting = useAtlas((s) => s.presenter.active);
  return (e) => {
    if (!isLive(context, presenting)) return;
    const command = commandFor(context, e);
    const handler = command && handlers[command.name];
    if (!handler) return;
    e.preventDefault();
    handler(e);
  };
}

/** Installs the global commands' window listener, once (the app calls this). */
export function useGlobalKeyCommands(): void {
  useEffect(() => installGlobalKeys(useAtlas), []);
}
