// The current language's lookup, for components.
import { useCallback } from 'react';
import { type StringKey, t } from '../i18n/strings';
import { useAtlas } from './store';

export function useT() {
  const lang = useAtlas((s) => s.lang);
  const tr = useCallback(
    (key: StringKey, vars?: Record<string, string | number>) => t(lang, key, vars),
    [lang],
  );
  return { lang, t: tr };
}
