import { describe, expect, it } from 'vitest';
import {
  addCurrentView,
  currentBriefing,
  deleteBriefingStep,
  editBriefingStep,
  moveBriefingStep,
  moveTo,
  pausePresentation,
  playPresentation,
  setBriefingTitle,
  setView,
  startPresenting,
  stopPresenting,
  tickPresentation,
} from '../../src/store/presenting';
import { openBriefing } from '../../src/store/replace';
import { type AppState, initialState } from '../../src/store/state';

const s0: AppState = initialState;

describe('presenting a briefing through the store', () => {
  it('applies a step’s selection, filters, colours and camera when it is shown', () => {
    const s = startPresenting(s0, 6);
    expect(s.presenter).toEqual({ active: true, step: 6, playing: false });
    expect(s.selected).toBe('pudong');
    expect(s.cameraRequest?.bounds).toEqual(currentBriefing(s).steps[6]?.bounds);
    const next = moveTo(s, 'prev');
    expect([next.selected, next.strategies]).toEqual([null, ['middle-yangtze']]);
    expect(next.cameraRequest?.seq).toBe((s.cameraRequest?.seq ?? 0) + 1);
  });

  it('moves by keys and stays put at the ends', () => {
    const first = startPresenting(s0, 0);
    expect(moveTo(first, 'prev')).toBe(first);
    const last = moveTo(first, 'last');
    expect(last.presenter.step).toBe(24);
    expect(last.selected).toBe('xiongan');
    expect(moveTo(last, 'next')).toBe(last);
    expect(moveTo(last, 'first').presenter.step).toBe(0);
    expect(moveTo(last, 3).presenter.step).toBe(3);
  });

  it('plays, ticks, pauses and stops', () => {
    const playing = playPresentation(startPresenting(s0, 23));
    expect(playing.presenter.playing).toBe(true);
    const ticked = tickPresentation(playing);
    expect([ticked.presenter.step, ticked.selected]).toEqual([24, 'xiongan']);
    expect(tickPresentation(ticked).presenter.playing).toBe(false);
    expect(pausePresentation(playing).presenter.playing).toBe(false);
    const stopped = stopPresenting(ticked);
    expect(stopped.presenter.active).toBe(false);
    expect(stopped.selected).toBe('xiongan'); // leaving keeps what is on screen
  });

  it('uses the built-in briefing in the UI language until the user edits it', () => {
    expect(currentBriefing(s0).steps).toHaveLength(25);
    expect(currentBriefing({ ...s0, lang: 'zh' }).title).toBe('国家级新区与2024年行动计划');
    const edited = setBriefingTitle(s0, 'My briefing');
    expect(edited.briefing?.title).toBe('My briefing');
    expect(edited.briefing?.steps).toHaveLength(25);
  });

  it('adds the current view as a step, and edits, moves and deletes steps', () => {
    const viewed = setView(
      { ...s0, selected: 'harbin', strategies: ['northeast'], colorMode: 'year' },
      [120, 40, 130, 50],
    );
    const added = addCurrentView(viewed, 'Harbin up close');
    const step = added.briefing?.steps[25];
    expect(step).toMatchObject({
      bounds: [120, 40, 130, 50],
      selected: 'harbin',
      strategies: ['northeast'],
      colorMode: 'year',
      caption: 'Harbin up close',
    });
    const moved = moveBriefingStep(added, { from: 25, to: 0 });
    expect(moved.briefing?.steps[0]?.caption).toBe('Harbin up close');
    const edited = editBriefingStep(moved, { index: 0, patch: { notes: 'mention Russia' } });
    expect(edited.briefing?.steps[0]?.notes).toBe('mention Russia');
    expect(deleteBriefingStep(edited, 0).briefing?.steps).toHaveLength(25);
  });

  it('opens another briefing and drops the presentation', () => {
    const s = openBriefing(startPresenting(s0, 3), null);
    expect(s.presenter.active).toBe(false);
  });
});
