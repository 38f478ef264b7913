// Several actions at once, for a component: a selector over the store that keeps its identity,
// since actions never change.
import { useShallow } from 'zustand/react/shallow';
import { type ActionName, type Actions, useAtlas } from './store';

export function useActions<K extends ActionName>(...names: K[]): Pick<Actions, K> {
  return useAtlas(useShallow((s) => Object.fromEntries(names.map((n) => [n, s[n]])) as Pick<Actions, K>));
}
