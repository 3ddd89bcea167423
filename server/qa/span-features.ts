// A span as a vector of evidence (the names only: span-answer.ts computes them).

/**
 * The features of a span, in the order of the weights in data/weights.json: how much of the
 * question its sentence says, how close the question's terms stand, how many are in the span's own
 * phrase, how well it fits what is asked, its clause's place in retrieval, and how well the
 * question's words stand around it when the question is read as a sentence with a gap (gap-frame.ts);
 * how long a run of the question's words, in any order, is written right around it
 * (term-adjacency.ts), how well its text reads as a noun phrase (span-shape.ts), and how much of it
 * is not the question's own words; and, when an authority is asked for, whether the span stands
 * where its sentence names who acts (agent-position.ts); and how rare its rarest word is in the
 * index (span-specific.ts).
 */
const EVIDENCE = [
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
  'specific',
];

/**
 * The evidence, then each piece again for an English question only (coverageEn…): an English
 * question's words are translations, some of them wrong or loose, so what its evidence is worth is
 * learned apart, as an adjustment to the weight of the same evidence for a Chinese question.
 */
export const SPAN_FEATURES: readonly string[] = [...EVIDENCE, ...EVIDENCE.map((name) => `${name}En`)];

/**
 * A span's evidence as the vector the weights read: the evidence, then it again for a question not
 * wholly in Chinese (English, or English with Chinese words in it), else zeros.
 */
export function spanVector(evidence: readonly number[], lang: 'zh' | 'en' | 'mixed'): number[] {
  // A vector of another length would be read against the wrong weights without a word.
  if (evidence.length !== EVIDENCE.length)
    throw new Error(`a span's evidence has ${evidence.length} values, not ${EVIDENCE.length}`);
  return [...evidence, ...evidence.map((x) => (lang === 'zh' ? 0 : x))];
}
