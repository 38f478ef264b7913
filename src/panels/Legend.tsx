// The legend: built from the same scale object as the map's paint, plus what the outline styles and
// the port symbol mean. Always visible over the map.
import { useState } from 'react';
import { legendLabel, MODE_LABEL } from '../colour/legend-labels';
import { areaScale } from '../colour/scales';
import { useT } from '../i18n/use-t';
import { COLOR_MODES, type ColorMode } from '../store/state';
import { useAtlas } from '../store/store';

export function Legend() {
  const { t, lang } = useT();
  const mode = useAtlas((s) => s.colorMode);
  const setColorMode = useAtlas((s) => s.setColorMode);
  const [open, setOpen] = useState(true);
  const scale = areaScale(mode);
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <div className="legend-head">
        <h2 id="legend-title">{t('legendTitle')}</h2>
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('legendHide') : t('legendShow')}
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
            {legendLabel(e, scale.unit, lang)}
          </li>
        ))}
      </ul>
      {open && (
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
      )}
    </section>
  );
}
