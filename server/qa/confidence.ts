// How sure an answer is: the calibrated probability that the best candidate is right.
import type { ScoredFact } from './fact-answer.ts';
import { probability, type FamilyModel, type QuestionTraits } from './model.ts';
import type { Question } from './question.ts';
import type { SpanCandidate } from './span-answer.ts';

/**
 * The confidence of a figure: the probability, calibrated on held-out folds, that the best figure
 * is right, from its score, its margin over the next figure with another value, its coverage of the
 * question, the constraints it contradicts, and whether the question asks for a list. Non-finite
 * parts give 0.
 */
export function factConfidence(
  family: FamilyModel,
  best: ScoredFact,
  next: ScoredFact | undefined,
  q: Pick<Question, 'plural' | 'lang'>,
): number {
  return probability(family, best.score, {
    next: next?.score,
    coverage: best.parts.coverage,
    contradictions: contradictions(best),
    ...traitsOf(q),
  });
}

/** What the calibration reads of a question: whether it asks for a list, whether it is English. */
export function traitsOf(q: Pick<Question, 'plural' | 'lang'>): QuestionTraits {
  return { list: q.plural, english: q.lang === 'en' };
}

/** How many of the question's constraints (metric, time, kind, unit, bar) a figure contradicts. */
export function contradictions(f: Pick<ScoredFact, 'parts' | 'mismatch'>): number {
  const p = f.parts;
  return [p.time, p.kind, p.unit, p.given].filter((x) => x < 0).length + (f.mismatch === 'metric' ? 1 : 0);
}

/** The confidence of a place or a name, the same way (see factConfidence). */
export function spanConfidence(
  family: FamilyModel,
  best: SpanCandidate,
  next: SpanCandidate | undefined,
  q: Pick<Question, 'plural' | 'lang'>,
): number {
  return probability(family, best.score, {
    next: next?.score,
    coverage: best.coverage,
    contradictions: 0,
    ...traitsOf(q),
  });
}
