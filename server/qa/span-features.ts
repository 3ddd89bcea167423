// A span as a vector of evidence (the names only: span-answer.ts computes them).

/**
 * The features of a span, in the order of the weights in data/weights.json: how much of the
 * question its sentence says, how close the question's terms stand, how many are in the span's own
 * phrase, how well it fits what is asked, its clause's place in retrieval, and how well the
 * question's words stand around it when the question is read as a sentence with a gap (gap-frame.ts).
 */
export const SPAN_FEATURES = ['coverage', 'proximity', 'attached', 'fit', 'rank', 'aligned'] as const;
