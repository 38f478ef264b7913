// What the store knows about keeping the briefing in this browser: set from outside React (the
// storage keeper saves and reports), said once as a notice that offers the export.
import { describe, expect, it } from 'vitest';
import { discardDamagedBriefing, foundDamagedBriefing, setKeeping } from '../../src/store/keeping';
import { type AppState, initialState } from '../../src/store/state';
import { addNotices } from '../../src/store/view';

const s0: AppState = initialState;
const REFUSED = 'This browser refused to store your briefing, so it is not saved. Export it to keep it.';

describe('setKeeping', () => {
  it('says a refused save once, with the export, and keeps identity while it stays refused', () => {
    const s1 = setKeeping(s0, 'refused');
    expect(s1.keeping).toBe('refused');
    expect(s1.notices).toEqual([{ text: REFUSED, action: { kind: 'export' } }]);
    expect(setKeeping(s1, 'refused')).toBe(s1);
    expect(setKeeping(s0, 'kept')).toBe(s0);
  });

  it('takes the notice back when saving works again, leaving the other notices', () => {
    const s1 = setKeeping(addNotices(s0, ['Ignored area=x: no such area.']), 'refused');
    const s2 = setKeeping(s1, 'kept');
    expect(s2.keeping).toBe('kept');
    expect(s2.notices).toEqual([{ text: 'Ignored area=x: no such area.' }]);
  });

  it('says blocked storage in the UI language, and blocked stays blocked', () => {
    const s1 = setKeeping({ ...s0, lang: 'zh' }, 'blocked');
    expect(s1.notices).toEqual([
      {
        text: '本浏览器禁止网站存储数据，对简报的编辑无法保留在此。请导出简报以保留。',
        action: { kind: 'export' },
      },
    ]);
    expect(setKeeping(s1, 'refused')).toBe(s1);
    expect(setKeeping(s1, 'kept')).toBe(s1);
  });
});

describe('a damaged saved briefing', () => {
  const found = foundDamagedBriefing(s0, { text: '{not json', error: 'The file is not valid JSON.' });

  it('is held as text and said, with the reason and the download', () => {
    expect(found.damaged).toBe('{not json');
    expect(found.briefing).toBeNull();
    expect(found.notices).toEqual([
      {
        text: 'The briefing saved in this browser could not be read, so the built-in briefing is shown; the saved copy stays until you save a new briefing. Why: The file is not valid JSON.',
        action: { kind: 'downloadDamaged' },
      },
    ]);
  });

  it('goes, with its notice, when the user discards it', () => {
    const s1 = discardDamagedBriefing(addNotices(found, ['other']));
    expect(s1.damaged).toBeNull();
    expect(s1.notices).toEqual([{ text: 'other' }]);
    expect(discardDamagedBriefing(s1)).toBe(s1);
  });
});
