// The one window listener for the global commands: the presentation's keys while it runs, the app's
// otherwise. It listens in the capture phase and consumes the keys it runs, so the map's own keyboard
// handling never also pans on a clicker's arrow.
import type { StoreApi } from 'zustand';
import type { ActionCall, Command } from './command-table';
import { commandFor, type GlobalContext } from './commands';
import { isTypingTarget } from './keys';
import type { Actions, Store } from './store';

/**
 * The global command a key press runs, if any: none from a text field, none on a focused button's
 * Space, none for Escape inside an open menu (`data-open-menu`: the phone's header menu).
 */
export function globalCommandFor(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
  presenting: boolean,
): Command | undefined {
  if (isTypingTarget(e.target)) return undefined;
  const mode: GlobalContext = presenting ? 'presenting' : 'app';
  const command = commandFor(mode, e);
  // Space on a focused button presses the button; Escape inside an open menu closes the menu.
  if (e.key === ' ' && e.target instanceof Element && e.target.closest('button')) return undefined;
  if (e.key === 'Escape' && e.target instanceof Element && e.target.closest('[data-open-menu]'))
    return undefined;
  return command;
}

export function runAction(actions: Actions, [name, payload]: ActionCall): void {
  (actions[name] as (payload?: unknown) => void)(payload);
}

/** Installs the listener; returns its removal. */
export function installGlobalKeys(store: StoreApi<Store>, win: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const command = globalCommandFor(e, store.getState().presenter.active);
    if (!command?.run) return;
    e.preventDefault();
    e.stopPropagation();
    runAction(store.getState(), command.run);
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}
