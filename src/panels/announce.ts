// The sentence the polite live region speaks when the selection changes.
import { areaById, measuresForArea } from '../data';
import type { AreaId } from '../data/types';
import { type Lang, t } from '../i18n/strings';

export function announceSelection(id: AreaId | null, lang: Lang): string {
  if (!id) return t(lang, 'announceCleared');
  const a = areaById(id);
  if (!a) return '';
  return t(lang, 'announceSelected', {
    name: a.name[lang],
    province: a.province[lang],
    n: measuresForArea(id).named.length,
  });
}
