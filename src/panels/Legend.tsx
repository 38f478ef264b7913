// The legend: built from the same scale object as the map's paint, plus what the outline styles and
// the port symbol mean. Always visible over the map.
import { useState } from 'react';
import { areaScale, type LegendEntry } from '../colour/scales';
import { isStrategyId, strategyById } from '../data';
import { formatNumber, useT } from '../i18n/use-t';
import { COLOR_MODES, type ColorMode } from '../store/state';
import { useAtlas } from '../store/store';

export const MODE_LABEL: Record<ColorMode, 'colorStrategy' | 'colorYear' | 'colorArea' | 'colorMeasures'> = {
  strategy: 'colorStrategy',
  year: 'colorYear',
  area: 'colorArea',
  measures: 'colorMeasures',
};

function useEntryLabel() {
  const { t, lang } = useT();
  return (e: LegendEntry, unit: string): string => {
    if (e.label.kind === 'strategy') {
      const id = e.label.id;
      return (isStrategyId(id) && strategyById(id)?.short[lang]) || t('legendStrategyNone');
    }
    const { lo, hi } = e.label;
    const n = (v: number) => formatNumber(v, lang);
    // Thresholds are exclusive at the top: integers in [lo, hi) end at hi − 1.
    const last = hi === null ? null : hi - 1;
    if (unit === 'km2')
      return hi === null ? t('legendAreaOpen', { lo: n(lo) }) : t('legendArea', { lo: n(lo), hi: n(hi) });
    const open = unit === 'year' ? 'legendYearsOpen' : 'legendMeasuresOpen';
    const range = unit === 'year' ? 'legendYears' : 'legendMeasures';
    if (last === null) return t(open, { lo });
    return last === lo ? String(lo) : t(range, { lo, hi: last });
  };
}

export function Legend() {
  const { t } = useT();
  const mode = useAtlas((s) => s.colorMode);
  const setColorMode = useAtlas((s) => s.setColorMode);
  const [open, setOpen] = useState(true);
  const scale = areaScale(mode);
  const label = useEntryLabel();
  if (!open) {
    return (
      <button
        type="button"
        className="legend legend-closed"
        aria-expanded="false"
        onClick={() => setOpen(true)}
      >
        {t('legendShow')}
      </button>
    );
  }
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <div className="legend-head">
        <h2 id="legend-title">{t('legendTitle')}</h2>
        <button type="button" className="legend-toggle" aria-expanded="true" onClick={() => setOpen(false)}>
          {t('legendHide')}
        </button>
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
        {scale.legend.map((e) => (
          <li key={e.color}>
            <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
            {label(e, scale.unit)}
          </li>
        ))}
      </ul>
      <ul className="legend-symbols">
        <li>
          <span className="sym sym-point" aria-hidden="true" /> {t('legendPoint')}
        </li>
        <li>
          <span className="sym sym-exact" aria-hidden="true" /> {t('legendExact')}
        </li>
        <li>
          <span className="sym sym-approx" aria-hidden="true" /> {t('legendApprox')}
        </li>
        <li>
          <span className="sym sym-port" aria-hidden="true" /> {t('legendPort')}
        </li>
        <li>
          <span className="sym sym-port-approx" aria-hidden="true" /> {t('legendPortApprox')}
        </li>
      </ul>
    </section>
  );
}
