// Replacing the briefing in use never loses the user's own: the notice that says so holds it, Undo
// opens it again (offering back the one it replaces), and dismissing the notice lets it go.
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/data/briefing';
import { currentBriefing, setBriefingTitle, startPresenting } from '../../src/store/presenting';
import { openBriefing, restoreBriefing } from '../../src/store/replace';
import { type AppState, initialState } from '../../src/store/state';
import { addNotices, dismissNotice } from '../../src/store/view';

const s0: AppState = initialState;
/** The user's own briefing: the built-in one, retitled. */
const own = setBriefingTitle(s0, 'My briefing');
const mine = own.briefing as Briefing;
const imported: Briefing = { version: 1, title: 'From a colleague', steps: mine.steps.slice(0, 1) };

describe('openBriefing', () => {
  it('over the built-in briefing: opens it, and holds nothing (the built-in one is never lost)', () => {
    const s1 = openBriefing(s0, imported);
    expect(s1.briefing).toBe(imported);
    expect(s1.notices).toEqual([]);
  });

  it('over the user’s briefing: says so, and the notice holds it', () => {
    const s1 = openBriefing(own, imported);
    expect(s1.briefing).toBe(imported);
    expect(s1.notices).toEqual([
      {
        text: 'Replaced your briefing “My briefing” (25 steps).',
        action: { kind: 'restore', briefing: mine },
      },
    ]);
  });

  it('names a title that holds direction controls in reading order (an RLO cannot turn the notice)', () => {
    const tricky = setBriefingTitle(s0, '\u202eevas ton did');
    const s1 = openBriefing(tricky, imported);
    expect(s1.notices[0]?.text).toBe('Replaced your briefing “evas ton did” (25 steps).');
  });

  it('back to the built-in briefing: the same', () => {
    const s1 = openBriefing(own, null);
    expect(currentBriefing(s1).title).toBe('The national-level new areas and the 2024 Action Plan');
    expect(s1.notices[0]?.action).toEqual({ kind: 'restore', briefing: mine });
  });

  it('counts one step as one, in Chinese too', () => {
    const one = openBriefing({ ...s0, briefing: imported }, null);
    expect(one.notices[0]?.text).toBe('Replaced your briefing “From a colleague” (1 step).');
    const zh = openBriefing({ ...s0, lang: 'zh', briefing: imported }, mine);
    expect(zh.notices[0]?.text).toBe('已替换您的简报“From a colleague”（1步）。');
  });

  it('leaves the presentation, and holds nothing when the same briefing is opened again', () => {
    const s1 = openBriefing(startPresenting(own, 3), mine);
    expect(s1.presenter.active).toBe(false);
    expect(s1.notices).toEqual([]);
  });
});

describe('restoreBriefing (Undo)', () => {
  it('opens the held briefing again, takes its notice away, and offers back the one it replaced', () => {
    const replaced = openBriefing(addNotices(own, ['Imported “From a colleague” (1 step).']), imported);
    const undone = restoreBriefing(replaced, 1);
    expect(undone.briefing).toBe(mine);
    expect(undone.notices).toEqual([
      { text: 'Imported “From a colleague” (1 step).' },
      {
        text: 'Replaced your briefing “From a colleague” (1 step).',
        action: { kind: 'restore', briefing: imported },
      },
    ]);
  });

  it('undoes "Back to the built-in briefing" without holding the built-in one', () => {
    const undone = restoreBriefing(openBriefing(own, null), 0);
    expect(undone.briefing).toBe(mine);
    expect(undone.notices).toEqual([]);
  });

  it('keeps every replaced briefing while its notice is there: import, import again, undo both', () => {
    const second: Briefing = { ...imported, title: 'Second' };
    const s1 = openBriefing(openBriefing(own, imported), second);
    expect(s1.notices.map((n) => n.text)).toEqual([
      'Replaced your briefing “My briefing” (25 steps).',
      'Replaced your briefing “From a colleague” (1 step).',
    ]);
    expect(restoreBriefing(s1, 0).briefing).toBe(mine);
    expect(restoreBriefing(s1, 1).briefing).toBe(imported);
  });

  it('changes nothing for a notice that holds no briefing, or none at all', () => {
    const s1 = addNotices(own, ['plain']);
    expect(restoreBriefing(s1, 0)).toBe(s1);
    expect(restoreBriefing(s1, 7)).toBe(s1);
  });

  it('is gone once the user dismisses the notice: the briefing is let go', () => {
    const s1 = dismissNotice(openBriefing(own, imported), 0);
    expect(s1.notices).toEqual([]);
    expect(restoreBriefing(s1, 0)).toBe(s1);
  });
});
