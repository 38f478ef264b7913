// The current language's lookup, for components.
import { useCallback } from 'react';
import { type StringKey, t, type VarsArg } from '../i18n/strings';
import { useAtlas } from './store';

/** `t` with the language filled in; same typing, so a missing or unknown placeholder fails to compile. */
export type Translate = <K extends StringKey>(key: K, ...vars: VarsArg<K>) => string;

export function useT() {
  const lang = useAtlas((s) => s.lang);
  const tr = useCallback<Translate>((key, ...vars) => t(lang, key, ...vars), [lang]);
  return { lang, t: tr };
}
