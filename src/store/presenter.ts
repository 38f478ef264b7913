// Presenting: which step is on screen and whether it plays by itself. Pure updaters over a small
// state, bounded by the number of steps; the store applies the step's view on every change.
export type Presenter = { active: boolean; step: number; playing: boolean };

export const idle: Presenter = { active: false, step: 0, playing: false };

const clamp = (n: number, count: number) => Math.max(0, Math.min(n, Math.max(0, count - 1)));

export function startPresenting(_p: Presenter, step: number, count: number): Presenter {
  return { active: count > 0, step: clamp(step, count), playing: false };
}

export function stopPresenting(p: Presenter): Presenter {
  return p.active ? { ...p, active: false, playing: false } : p;
}

export function goToStep(p: Presenter, step: number, count: number): Presenter {
  const next = clamp(step, count);
  return next === p.step ? p : { ...p, step: next };
}

export const nextStep = (p: Presenter, count: number) => goToStep(p, p.step + 1, count);
export const prevStep = (p: Presenter, count: number) => goToStep(p, p.step - 1, count);
export const firstStep = (p: Presenter, count: number) => goToStep(p, 0, count);
export const lastStep = (p: Presenter, count: number) => goToStep(p, count - 1, count);

export function play(p: Presenter, count: number): Presenter {
  // Playing from the last step starts over.
  const step = p.step >= count - 1 ? 0 : p.step;
  return { ...p, playing: count > 1, step };
}

export function pause(p: Presenter): Presenter {
  return p.playing ? { ...p, playing: false } : p;
}

/** One autoplay beat: the next step, and a stop at the end instead of wrapping round. */
export function tick(p: Presenter, count: number): Presenter {
  if (!p.playing) return p;
  if (p.step >= count - 1) return pause(p);
  return nextStep(p, count);
}
