// A span as a vector of evidence (the names only: span-answer.ts computes them).

/**
 * The features of a span, in the order of the weights in data/weights.json: how much of the
 * question its sentence says, how close the question's terms stand, how many are in the span's own
 * phrase, how well it fits what is asked, and its clause's place in retrieval.
 */
export const SPAN_FEATURES = ['coverage', 'proximity', 'attached', 'fit', 'rank'] as const;
