// A span as a vector of evidence (the names only: span-answer.ts computes them).

/**
 * The features of a span, in the order of the weights in data/weights.json: how much of the
 * question its sentence says, how close the question's terms stand, how many are in the span's own
 * phrase, how well it fits what is asked, its clause's place in retrieval, and how well the
 * question's words stand around it when the question is read as a sentence with a gap (gap-frame.ts);
 * how long a run of the question's words, in any order, is written right around it
 * (term-adjacency.ts), how well its text reads as a noun phrase (span-shape.ts), and how much of it
 * is not the question's own words; and, when an authority is asked for, whether the span stands
 * where its sentence names who acts (agent-position.ts).
 */
export const SPAN_FEATURES = [
  'coverage',
  'proximity',
  'attached',
  'fit',
  'rank',
  'aligned',
  'adjacent',
  'shape',
  'novel',
  'agent',
] as const;
