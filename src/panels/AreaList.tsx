// Every area as a button, so the whole app works without the map. Shows only the areas that pass the
// filters; sortable; the selected one is marked; the arrow keys, Home and End move between them.
import { type KeyboardEvent, useMemo } from 'react';
import { areas } from '../data';
import type { Area, AreaId } from '../data/types';
import { selectVisibleIds } from '../store/selectors';
import { type ListSort, SORTS } from '../store/state';
import { useAtlas } from '../store/store';
import { emptyReason } from '../store/summary';
import { useKeyCommands } from '../store/use-key-commands';
import { useT } from '../store/use-t';
import { AreaOptions } from './AreaOptions';

const SORT_LABEL = { order: 'sortOrder', province: 'sortProvince', name: 'sortName' } as const;

// Building a collator costs tens of milliseconds (zh-CN most), so each language's is built once,
// and only for a sort that needs it (the default order does not).
const collators = new Map<'en' | 'zh', Intl.Collator>();
function collatorFor(lang: 'en' | 'zh'): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

export function sortAreas(list: Area[], sort: ListSort, lang: 'en' | 'zh'): Area[] {
  const compare = (a: string, b: string) => collatorFor(lang).compare(a, b);
  const by: Record<ListSort, (a: Area, b: Area) => number> = {
    order: (a, b) => a.order - b.order,
    province: (a, b) => compare(a.province[lang], b.province[lang]) || a.order - b.order,
    name: (a, b) => compare(a.name[lang], b.name[lang]),
  };
  return [...list].sort(by[sort]);
}

/** Focuses the area button `to` picks, counted from the one that has the key press. */
const moveFocus = (to: (at: number, last: number) => number) => (e: KeyboardEvent) => {
  const buttons = [
    ...(e.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('button.area-button') ?? []),
  ];
  const at = buttons.indexOf(e.currentTarget as HTMLButtonElement);
  buttons[Math.max(0, Math.min(to(at, buttons.length - 1), buttons.length - 1))]?.focus();
};

export function AreaList() {
  const { t, lang } = useT();
  const visible = useAtlas(selectVisibleIds);
  const strategies = useAtlas((s) => s.strategies);
  const industry = useAtlas((s) => s.industry);
  const measure = useAtlas((s) => s.measure);
  const sort = useAtlas((s) => s.sort);
  const selected = useAtlas((s) => s.selected);
  const setSort = useAtlas((s) => s.setSort);
  const selectArea = useAtlas((s) => s.selectArea);
  const compare = useAtlas((s) => s.compare);
  const addToCompare = useAtlas((s) => s.addToCompare);
  const shown = useMemo(() => {
    const set = new Set(visible);
    return sortAreas(
      areas.filter((a) => set.has(a.id)),
      sort,
      lang,
    );
  }, [visible, sort, lang]);
  const onKeyDown = useKeyCommands('list', {
    next: moveFocus((at) => at + 1),
    prev: moveFocus((at) => at - 1),
    first: moveFocus(() => 0),
    last: moveFocus((_, last) => last),
  });

  return (
    <section className="area-list" aria-labelledby="list-title">
      <div className="list-head">
        <h2 id="list-title">{t('listTitle')}</h2>
        <span className="count" data-testid="list-count">
          {t('listCount', { n: shown.length, total: areas.length })}
        </span>
      </div>
      <label className="sort">
        {t('sortBy')}{' '}
        <select value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="empty">{emptyReason({ strategies, industry, measure }, lang)}</p>
      ) : (
        <ul>
          {shown.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="area-button"
                aria-current={selected === a.id ? 'true' : undefined}
                onClick={() => selectArea(a.id)}
                onKeyDown={onKeyDown}
              >
                {a.name[lang]}
                <span className="meta" aria-hidden="true">
                  {a.province[lang]} · {a.approval.value.date.slice(0, 4)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* A comparison from the list: each area chosen here joins it (two or three open the table).
          After the list, so the keyboard reaches the areas first. */}
      <label className="compare-pick">
        <span className="visually-hidden">{t('compareAddTitle')}</span>
        <select
          className="compare-pick-select"
          value=""
          onChange={(e) => e.target.value && addToCompare(e.target.value as AreaId)}
        >
          <option value="">{t('compareAdd')}</option>
          <AreaOptions areas={shown.filter((a) => !compare.includes(a.id))} lang={lang} />
        </select>
      </label>
    </section>
  );
}
