// The briefing editor: steps in order, each with its caption and notes; add the current view,
// reorder, delete, present from any step; export and import as JSON. Imports are validated and
// change nothing when they fail; one that replaces the user's briefing can be undone (a notice).
// Whether the briefing is kept in this browser is said at the top, truthfully.
import { useRef } from 'react';
import { BRIEFING_LIMITS } from '../data/briefing';
import { downloadBriefing } from '../panels/download';
import { currentBriefing } from '../store/presenting';
import { useAtlas } from '../store/store';
import { useActions } from '../store/use-actions';
import { useT } from '../store/use-t';
import { DamagedBriefing } from './DamagedBriefing';
import { KeepingHint } from './KeepingHint';
import { parseBriefing, tooLarge } from './validate';

export function BriefingPanel() {
  const { lang, t } = useT();
  const briefing = useAtlas(currentBriefing);
  const own = useAtlas((s) => s.briefing !== null);
  const a = useActions(
    'openBriefing',
    'addNotices',
    'setBriefingTitle',
    'startPresenting',
    'addCurrentView',
    'moveBriefingStep',
    'deleteBriefingStep',
    'editBriefingStep',
  );
  const file = useRef<HTMLInputElement>(null);

  const onImport = async (f: File | undefined) => {
    if (!f) return;
    // Refuse a huge file before reading it into memory.
    const parsed = f.size > BRIEFING_LIMITS.fileBytes ? tooLarge(lang) : parseBriefing(await f.text(), lang);
    if (parsed.ok) {
      a.openBriefing(parsed.briefing);
      const { title, steps } = parsed.briefing;
      a.addNotices([
        steps.length === 1 ? t('importedOne', { title }) : t('imported', { title, n: steps.length }),
      ]);
    } else {
      a.addNotices([t('importFailed', { error: parsed.error })]);
    }
    if (file.current) file.current.value = '';
  };

  const last = briefing.steps.length - 1;
  return (
    <section className="briefing-panel" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading">{t('tabBriefing')}</h2>
      <KeepingHint own={own} briefing={briefing} />
      <DamagedBriefing />
      <label className="select-row">
        <span>{t('briefingTitle')}</span>
        <input
          type="text"
          value={briefing.title}
          maxLength={BRIEFING_LIMITS.title}
          onChange={(e) => a.setBriefingTitle(e.target.value)}
        />
      </label>
      <div className="briefing-actions">
        <button type="button" onClick={() => a.startPresenting(0)}>
          ▶ {t('present')}
        </button>
        <button type="button" onClick={() => a.addCurrentView(t('newStepCaption'))}>
          + {t('addStep')}
        </button>
      </div>
      <p className="hint">{t('briefingSteps', { n: briefing.steps.length })}</p>
      <ol className="steps">
        {briefing.steps.map((step, i) => {
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity but their place
            <li key={i} className="step">
              <div className="step-head">
                <span className="step-n">{n}</span>
                <button type="button" onClick={() => a.startPresenting(i)} aria-label={t('presentFromHere')}>
                  ▶
                </button>
                <button
                  type="button"
                  onClick={() => a.moveBriefingStep({ from: i, to: i - 1 })}
                  disabled={i === 0}
                  aria-label={t('moveUp', { n })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => a.moveBriefingStep({ from: i, to: i + 1 })}
                  disabled={i === last}
                  aria-label={t('moveDown', { n })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => a.deleteBriefingStep(i)}
                  aria-label={t('deleteStep', { n })}
                >
                  ×
                </button>
              </div>
              <label className="visually-hidden" htmlFor={`caption-${i}`}>
                {t('caption')} {n}
              </label>
              <textarea
                id={`caption-${i}`}
                value={step.caption}
                maxLength={BRIEFING_LIMITS.caption}
                rows={3}
                onChange={(e) => a.editBriefingStep({ index: i, patch: { caption: e.target.value } })}
              />
              <details>
                <summary>{t('notes')}</summary>
                <textarea
                  aria-label={`${t('notes')} ${n}`}
                  value={step.notes}
                  maxLength={BRIEFING_LIMITS.notes}
                  rows={3}
                  onChange={(e) => a.editBriefingStep({ index: i, patch: { notes: e.target.value } })}
                />
              </details>
            </li>
          );
        })}
      </ol>
      <div className="briefing-actions">
        <button type="button" onClick={() => downloadBriefing(briefing)}>
          {t('exportBriefing')}
        </button>
        <label className="file-button">
          {t('importBriefing')}
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={(e) => onImport(e.target.files?.[0])}
          />
        </label>
        {own && (
          <button type="button" onClick={() => a.openBriefing(null)}>
            {t('restoreBuiltIn')}
          </button>
        )}
      </div>
    </section>
  );
}
