// The comparison: two or three areas side by side, one row per question (compare-table.ts), in a
// panel over the map's right side, where the details go. With one area chosen it is a short line
// asking for another. The map frames and marks the compared areas itself (map/controller.ts).
import { useEffect, useRef } from 'react';
import { areaById } from '../data';
import { isComparing } from '../store/compare';
import { compareRows } from '../store/compare-table';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';

export function ComparePanel() {
  const { t, lang } = useT();
  const compare = useAtlas((s) => s.compare);
  const comparing = useAtlas(isComparing);
  const clearCompare = useAtlas((s) => s.clearCompare);
  const removeFromCompare = useAtlas((s) => s.removeFromCompare);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = compare.join(',');

  // A new comparison takes focus to its heading, as a new selection does.
  useEffect(() => {
    if (key.includes(',')) heading.current?.focus();
  }, [key]);

  if (compare.length === 0) return null;
  const areas = compare.flatMap((id) => areaById(id) ?? []);
  if (!comparing) {
    const first = areas[0];
    return (
      <p className="compare-pending" role="status" data-testid="compare-pending">
        {first && t('comparePending', { name: first.name[lang] })}{' '}
        <button type="button" onClick={clearCompare}>
          {t('compareCancel')}
        </button>
      </p>
    );
  }
  const rows = compareRows(compare, lang);
  return (
    <aside className="compare" aria-labelledby="compare-title" data-testid="compare" data-compare={key}>
      <header className="compare-head">
        <h2 id="compare-title" ref={heading} tabIndex={-1}>
          {t('compareTitle')}
        </h2>
        <button type="button" className="print-compare" onClick={() => window.print()}>
          {t('comparePrint')}
        </button>
        <button type="button" className="close" onClick={clearCompare} aria-label={t('compareClose')}>
          ×
        </button>
      </header>
      <table className="compare-table">
        <thead>
          <tr>
            <td />
            {areas.map((a) => (
              <th key={a.id} scope="col" data-area={a.id}>
                {a.name[lang]}
                <button
                  type="button"
                  className="compare-remove"
                  onClick={() => removeFromCompare(a.id)}
                  aria-label={t('compareRemoveLabel', { name: a.name[lang] })}
                >
                  ×
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{t(row.label)}</th>
              {row.cells.map((cell, i) => (
                <td key={areas[i]?.id}>
                  <ul>
                    {cell.map((item) => (
                      <li key={item.text} className={item.shared ? 'shared' : undefined}>
                        {item.shared && (
                          <span className="shared-mark" title={t('compareShared')}>
                            ●<span className="visually-hidden"> {t('compareShared')}:</span>
                          </span>
                        )}{' '}
                        {item.text}
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="compare-note">{t('compareSharedNote')}</p>
    </aside>
  );
}
