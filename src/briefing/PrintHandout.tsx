// The printed page's own parts (hidden on screen): a title line, the rendered map image and the
// legend. The print stylesheet adds the details panel (or the list) beside them and hides the rest.

import { useShallow } from 'zustand/react/shallow';
import { legendEntries } from '../colour/legend-labels';
import { useAtlas } from '../store/store';
import { viewTitle } from '../store/summary';
import { useT } from '../store/use-t';

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
  return (
    <section className="print-handout" aria-hidden="true">
      <h1>
        {t('appTitle')} — {viewTitle(state, lang)}
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
        {legendEntries(state.colorMode, lang).map((e) => (
          <li key={e.color}>
            <span className="swatch" style={{ background: e.color }} />
            {e.label}
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
