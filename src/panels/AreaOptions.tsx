// The areas as <option>s, named in the UI language: the compare pickers in the list and the details.
import type { Area } from '../data/types';
import type { Lang } from '../i18n/strings';

export function AreaOptions({ areas, lang }: { areas: readonly Area[]; lang: Lang }) {
  return areas.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name[lang]}
    </option>
  ));
}
