// The legend: built from the same scale object as the map's paint, plus what the outline styles and
// the port symbol mean. Always visible over the map.
import { useState } from 'react';
import { LEGEND_SYMBOLS, legendEntries, MODE_LABEL } from '../colour/legend-labels';
import { COLOR_MODES, type ColorMode } from '../data/types';
import { useAtlas } from '../store/store';
import { useT } from '../store/use-t';
import { SMALL_MAP_QUERY, useMedia } from './use-media';

export function Legend() {
  const { t, lang } = useT();
  const mode = useAtlas((s) => s.colorMode);
  const setColorMode = useAtlas((s) => s.setColorMode);
  const [open, setOpen] = useState(true);
  // On a small map the legend starts folded to its title, so it covers little of the map.
  const small = useMedia(SMALL_MAP_QUERY);
  const [unfolded, setUnfolded] = useState(false);
  if (small && !unfolded) {
    return (
      <section className="legend folded" aria-labelledby="legend-title" data-testid="legend">
        <div className="legend-head">
          <h2 id="legend-title">{t('legendTitle')}</h2>
          <button
            type="button"
            className="legend-toggle"
            aria-expanded={false}
            onClick={() => setUnfolded(true)}
          >
            {t('legendUnfold')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <div className="legend-head">
        <h2 id="legend-title">{t('legendTitle')}</h2>
        {small ? (
          <button type="button" className="legend-toggle" aria-expanded onClick={() => setUnfolded(false)}>
            {t('legendFold')}
          </button>
        ) : (
          <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('legendHide') : t('legendShow')}
          </button>
        )}
      </div>
      <label className="legend-mode">
        <span>{t('colorBy')}</span>
        <select value={mode} onChange={(e) => setColorMode(e.target.value as ColorMode)}>
          {COLOR_MODES.map((m) => (
            <option key={m} value={m}>
              {t(MODE_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      <ul className="legend-scale" aria-label={t(MODE_LABEL[mode])}>
        {legendEntries(mode, lang).map((e) => (
          <li key={e.color}>
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
      {open && (
        <ul className="legend-symbols">
          {LEGEND_SYMBOLS.map(([cls, key]) => (
            <li key={cls}>
              <span className={`sym ${cls}`} aria-hidden="true" /> {t(key)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
