// Words around figures (indexer/data/figure-cues.json): frames, scopes, support, goals and growth.
import cues from '../data/figure-cues.json' with { type: 'json' };

/** The cue words, as sets and lists (see the data file for what each means). */
export const FIGURE_CUES = {
  frames: new Set(cues.frames),
  scopes: new Set(cues.scopes),
  support: cues.support,
  supportBefore: cues.supportBefore,
  target: cues.target,
  actual: cues.actual,
  goalHeadings: cues.goalHeadings,
  pastHeadings: cues.pastHeadings,
  growth: cues.growth,
  durations: cues.durations,
  qualifiers: cues.qualifiers,
  deadlines: cues.deadlines,
  /** Qualifier -> its English, for one written before the figure and one after it, longest first. */
  qualifiersBefore: Object.entries(cues.qualifiersInEnglish.before),
  qualifiersAfter: Object.entries(cues.qualifiersInEnglish.after),
} as const;

/** True when `text` holds one of `words`. */
export function mentions(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}
