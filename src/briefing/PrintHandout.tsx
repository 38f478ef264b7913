// The printed page's own parts (hidden on screen): a title line, the rendered map image and the
// legend. The print stylesheet adds the details panel (or the list) beside them and hides the rest.

import { useShallow } from 'zustand/react/shallow';
import { legendLabel } from '../colour/legend-labels';
import { areaScale } from '../colour/scales';
import { areaById } from '../data';
import { useT } from '../i18n/use-t';
import { useAtlas } from '../store/store';
import { filterSummary } from '../store/summary';

export function PrintHandout() {
  const { t, lang } = useT();
  const handout = useAtlas((s) => s.handout);
  const state = useAtlas(
    useShallow((s) => ({
      selected: s.selected,
      colorMode: s.colorMode,
      strategies: s.strategies,
      industry: s.industry,
      measure: s.measure,
    })),
  );
  const area = state.selected ? areaById(state.selected) : undefined;
  const scale = areaScale(state.colorMode);
  return (
    <section className="print-handout" aria-hidden="true">
      <h1>
        {t('appTitle')} — {area ? area.name[lang] : filterSummary(state, lang)}
      </h1>
      {handout ? (
        <>
          <img src={handout.image} alt="" />
          <p className="handout-date">{t('handoutDate', { date: handout.date })}</p>
        </>
      ) : (
        <p className="handout-missing">{t('printNoImage')}</p>
      )}
      <ul className="handout-legend">
        {scale.legend.map((e) => (
          <li key={e.color}>
            <span className="swatch" style={{ background: e.color }} />
            {legendLabel(e, scale.unit, lang)}
          </li>
        ))}
        <li>
          <span className="sym sym-exact" /> {t('legendExact')}
        </li>
        <li>
          <span className="sym sym-approx" /> {t('legendApprox')}
        </li>
        <li>
          <span className="sym sym-port" /> {t('legendPort')} <span className="sym sym-port-approx" />{' '}
          {t('legendPortApprox')}
        </li>
      </ul>
    </section>
  );
}
