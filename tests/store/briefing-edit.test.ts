import { describe, expect, it } from 'vitest';
import type { Briefing, Step } from '../../src/data/briefing';
import { addStep, deleteStep, moveStep, setTitle, updateStep } from '../../src/store/briefing-edit';

const step = (caption: string): Step => ({
  bounds: [100, 20, 120, 40],
  selected: null,
  strategies: [],
  industry: null,
  measure: null,
  colorMode: 'strategy',
  caption,
  notes: '',
});
const b: Briefing = { version: 1, title: 'T', steps: [step('a'), step('b'), step('c')] };
const captions = (x: Briefing) => x.steps.map((s) => s.caption);

describe('editing a briefing', () => {
  it('adds at the end or at a place', () => {
    expect(captions(addStep(b, step('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(captions(addStep(b, step('d'), 1))).toEqual(['a', 'd', 'b', 'c']);
    expect(captions(b)).toEqual(['a', 'b', 'c']); // untouched
  });

  it('moves steps and ignores moves out of range', () => {
    expect(captions(moveStep(b, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(captions(moveStep(b, 2, 1))).toEqual(['a', 'c', 'b']);
    expect(moveStep(b, 0, 3)).toBe(b);
    expect(moveStep(b, -1, 0)).toBe(b);
  });

  it('edits captions and notes, deletes, retitles', () => {
    expect(updateStep(b, 1, { caption: 'B', notes: 'say this' }).steps[1]).toMatchObject({
      caption: 'B',
      notes: 'say this',
    });
    expect(updateStep(b, 9, { caption: 'x' })).toBe(b);
    expect(captions(deleteStep(b, 1))).toEqual(['a', 'c']);
    expect(deleteStep(b, 9)).toBe(b);
    expect(setTitle(b, 'New').title).toBe('New');
    expect(setTitle(b, 'T')).toBe(b);
  });
});
