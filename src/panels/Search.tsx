// A combobox (WAI-ARIA 1.2 pattern): type, arrow through the results, Enter selects.
import { useId, useMemo, useState } from 'react';
import { areaById } from '../data';
import { useAtlas } from '../store/store';
import { useKeyCommands } from '../store/use-key-commands';
import { useT } from '../store/use-t';
import { type MatchKind, search } from './search-index';

const KIND_LABEL: Record<
  MatchKind,
  'searchKindArea' | 'searchKindProvince' | 'searchKindIndustry' | 'searchKindAlias'
> = {
  area: 'searchKindArea',
  province: 'searchKindProvince',
  industry: 'searchKindIndustry',
  alias: 'searchKindAlias',
};

export function Search() {
  const { t, lang } = useT();
  const selectArea = useAtlas((s) => s.selectArea);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => search(query), [query]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const showList = open && query.trim().length > 0;

  const choose = (i: number) => {
    const r = results[i];
    if (!r) return;
    selectArea(r.id);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = useKeyCommands('search', {
    next: () => setActive((i) => Math.min(i + 1, results.length - 1)),
    prev: () => setActive((i) => Math.max(i - 1, 0)),
    choose: () => choose(active),
    clear: () => {
      setQuery('');
      setOpen(false);
    },
  });

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        maxLength={80}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('searchLabel')}
        hidden={!showList}
        className="search-results"
      >
        {results.map((r, i) => (
          <div
            key={r.id}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            <span className="name">{areaById(r.id)?.name[lang] ?? r.id}</span>
            {r.kind !== 'area' && (
              <span className="why">
                {t(KIND_LABEL[r.kind])}: {r.matched}
              </span>
            )}
          </div>
        ))}
      </div>
      <p className="search-none" role="status">
        {showList && results.length === 0 ? t('searchNoResults', { q: query }) : ''}
      </p>
    </div>
  );
}
