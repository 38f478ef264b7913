// A briefing: an ordered list of steps, each a view of the map with what is selected, filtered and
// coloured, a caption, and optional speaker notes. Saved in localStorage, exported and imported as JSON.
import type { AreaId, Bounds, ColorMode, StrategyId } from './types';

export type Step = {
  bounds: Bounds;
  selected: AreaId | null;
  strategies: StrategyId[];
  industry: string | null;
  measure: number | null;
  colorMode: ColorMode;
  /**
   * The timeline's year the step shows (only the areas approved by then). Optional, so briefings
   * written before the timeline stay valid: absent means every area.
   */
  year?: number;
  caption: string;
  notes: string;
};

export type Briefing = { version: 1; title: string; steps: Step[] };

export const BRIEFING_LIMITS = {
  /** Bytes of an imported file. */
  fileBytes: 512 * 1024,
  steps: 200,
  title: 200,
  caption: 600,
  notes: 4000,
} as const;
