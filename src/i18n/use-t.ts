// The current language's lookup, for components.
import { useCallback } from 'react';
import { useAtlas } from '../store/store';
import { type StringKey, t } from './strings';

export function useT() {
  const lang = useAtlas((s) => s.lang);
  const tr = useCallback(
    (key: StringKey, vars?: Record<string, string | number>) => t(lang, key, vars),
    [lang],
  );
  return { lang, t: tr };
}
