// The establishment timeline over the map: a year slider (the ARIA slider pattern, keys from the
// command table), a play button and the count of areas approved by the year. The year is store
// state (?year=), so the map and the list hide later areas the way they hide filtered-out ones.
import { useEffect, useState } from 'react';
import { areas, areasApprovedBy, FIRST_YEAR, LAST_YEAR, PLAN_YEAR, timelineMarks } from '../data';
import { useAtlas } from '../store/store';
import { shownYear } from '../store/timeline';
import { useKeyCommands } from '../store/use-key-commands';
import { useT } from '../store/use-t';

/** About one year a second, as the issue asks: slow enough to read the count. */
export const YEAR_MS = 1000;
const MARKS = timelineMarks();
/** Marks with their year written beside them: the ends of the story and the plan. */
const LAST_BEFORE_PLAN = MARKS.filter((m) => m < PLAN_YEAR).at(-1);
const LABELLED = new Set([FIRST_YEAR, LAST_BEFORE_PLAN, PLAN_YEAR]);
/** The label's class: the last year before the plan ends at its mark rather than centred on it, so on a
 * phone's short track (2017 and 2024 ~20 px apart) it does not run into the plan's year. */
const labelClass = (m: number) =>
  !LABELLED.has(m) ? 'visually-hidden' : m === LAST_BEFORE_PLAN ? 'timeline-label before' : 'timeline-label';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const at = (year: number) => `${((year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)) * 100}%`;
/** The marked year after (or before) `year`, else the end. */
const nextMark = (year: number) => MARKS.find((m) => m > year) ?? LAST_YEAR;
const prevMark = (year: number) => [...MARKS].reverse().find((m) => m < year) ?? FIRST_YEAR;

export function Timeline() {
  const { t } = useT();
  const year = useAtlas(shownYear);
  const setYear = useAtlas((s) => s.setYear);
  const stepYear = useAtlas((s) => s.stepYear);
  const presenting = useAtlas((s) => s.presenter.active);
  const [playing, setPlaying] = useState(false);
  const approved = areasApprovedBy(year).length;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const s = useAtlas.getState();
      if (shownYear(s) >= LAST_YEAR) setPlaying(false);
      else s.stepYear(1);
    }, YEAR_MS);
    return () => clearInterval(timer);
  }, [playing]);
  // Presenting takes the keys and the screen: the slider goes, and so does playing.
  useEffect(() => {
    if (presenting) setPlaying(false);
  }, [presenting]);

  const onPlay = () => {
    if (playing) return setPlaying(false);
    // From the end, playing starts over at Pudong's year.
    const from = year >= LAST_YEAR ? FIRST_YEAR : null;
    // Under reduced motion nothing moves by itself: each press is one year.
    if (reducedMotion()) return from === null ? stepYear(1) : setYear(from);
    if (from !== null) setYear(from);
    setPlaying(true);
  };
  const onKeyDown = useKeyCommands('timeline', {
    later: () => stepYear(1),
    earlier: () => stepYear(-1),
    nextMark: () => setYear(nextMark(year)),
    prevMark: () => setYear(prevMark(year)),
    first: () => setYear(FIRST_YEAR),
    last: () => setYear(LAST_YEAR),
  });
  const onPointer = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.type === 'pointermove' && e.buttons === 0) return;
    const r = e.currentTarget.getBoundingClientRect();
    const share = Math.max(0, Math.min((e.clientX - r.left) / r.width, 1));
    setYear(Math.round(FIRST_YEAR + share * (LAST_YEAR - FIRST_YEAR)));
  };

  // While presenting, the line is shown only for a step that sets a year.
  const yearSet = useAtlas((s) => s.year !== null);
  if (presenting && !yearSet) return null;
  const caption = t('timelineCaption', { year, n: approved, total: areas.length });
  return (
    <section className="timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" className="visually-hidden">
        {t('timelineTitle')}
      </h2>
      <p className="timeline-caption" data-testid="timeline-caption" aria-live="polite">
        {caption}
      </p>
      {!presenting && (
        <div className="timeline-controls">
          <button
            type="button"
            className="timeline-play"
            onClick={onPlay}
            aria-pressed={playing}
            aria-label={playing ? t('timelinePause') : t('timelinePlay')}
          >
            {playing ? '‖' : '▶'}
          </button>
          <div className="timeline-track" onPointerDown={onPointer} onPointerMove={onPointer}>
            <div className="timeline-fill" style={{ width: at(year) }} />
            <ul className="timeline-marks" aria-label={t('timelineMarks')}>
              {MARKS.map((m) => (
                <li
                  key={m}
                  className={`${m === PLAN_YEAR ? 'plan' : ''} ${m <= year ? 'reached' : ''}`}
                  style={{ left: at(m) }}
                  title={m === PLAN_YEAR ? `${m}: ${t('timelinePlanMark')}` : String(m)}
                >
                  <span className={labelClass(m)}>{m}</span>
                </li>
              ))}
            </ul>
            <div
              className="timeline-thumb"
              role="slider"
              tabIndex={0}
              aria-label={t('timelineSlider')}
              aria-valuemin={FIRST_YEAR}
              aria-valuemax={LAST_YEAR}
              aria-valuenow={year}
              aria-valuetext={t('timelineValue', { year, n: approved, total: areas.length })}
              style={{ left: at(year) }}
              onKeyDown={onKeyDown}
            />
          </div>
        </div>
      )}
    </section>
  );
}
