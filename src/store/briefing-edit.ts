// Editing a briefing: pure updaters that return a new briefing and leave the old one untouched.
import type { Briefing, Step } from '../data/briefing';

export function addStep(b: Briefing, step: Step, at = b.steps.length): Briefing {
  const steps = [...b.steps];
  steps.splice(Math.max(0, Math.min(at, steps.length)), 0, step);
  return { ...b, steps };
}

export function moveStep(b: Briefing, from: number, to: number): Briefing {
  if (from === to || !(from in b.steps) || to < 0 || to >= b.steps.length) return b;
  const steps = [...b.steps];
  const [moved] = steps.splice(from, 1);
  if (!moved) return b;
  steps.splice(to, 0, moved);
  return { ...b, steps };
}

export function updateStep(
  b: Briefing,
  index: number,
  patch: Partial<Pick<Step, 'caption' | 'notes'>>,
): Briefing {
  const current = b.steps[index];
  if (!current) return b;
  const steps = [...b.steps];
  steps[index] = { ...current, ...patch };
  return { ...b, steps };
}

export function deleteStep(b: Briefing, index: number): Briefing {
  if (!(index in b.steps)) return b;
  return { ...b, steps: b.steps.filter((_, i) => i !== index) };
}

export function setTitle(b: Briefing, title: string): Briefing {
  return b.title === title ? b : { ...b, title };
}
