// The sentence the polite live region speaks when the selection changes.
import { areaById, measuresForArea } from '../data';
import type { AreaId } from '../data/types';
import { type Lang, t } from '../i18n/strings';

export function announceSelection(id: AreaId | null, lang: Lang): string {
  if (!id) return t(lang, 'announceCleared');
  const a = areaById(id);
  if (!a) return '';
  const n = measuresForArea(id).named.length;
  const key = n === 0 ? 'announceSelectedNone' : n === 1 ? 'announceSelectedOne' : 'announceSelected';
  return t(lang, key, { name: a.name[lang], province: a.province[lang], n });
}
