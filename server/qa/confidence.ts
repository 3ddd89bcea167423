// How sure an answer is: how much of the question it says, how well it agrees, how far ahead it stands.
import type { ScoredFact } from './fact-answer.ts';
import type { SpanCandidate } from './span-answer.ts';

/** Coverage at or above this counts as saying all of the question. */
const FULL_COVERAGE = 0.85;

function clamp(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

/** Whether every part is a finite number (Math.min would turn an Infinity into a confident 1). */
function allFinite(...parts: ReadonlyArray<number | undefined>): boolean {
  return parts.every((x) => x === undefined || Number.isFinite(x));
}

/** How far ahead of the next different answer the best stands, from 0 (a tie) to 1. */
function margin(best: number, next: number | undefined, scale: number): number {
  return next === undefined ? 1 : Math.min(1, Math.max(0, (best - next) / scale));
}

/**
 * The confidence of a figure: its coverage of the question's terms, the share of the question's
 * constraints it meets exactly (metric, time, kind, unit, bar), and its margin over the next
 * figure with another value. Non-finite parts give 0.
 */
export function factConfidence(best: ScoredFact, next: ScoredFact | undefined): number {
  const p = best.parts;
  if (!allFinite(best.score, next?.score, ...Object.values(p))) return 0;
  const constraints = [p.head, p.time, p.kind, p.unit, p.given].filter((x) => x !== 0 && x !== 0.5 && x !== 0.3);
  const met = constraints.length === 0 ? 0.5 : constraints.filter((x) => x >= 1).length / constraints.length;
  const value =
    Math.min(1, p.coverage / FULL_COVERAGE) * (0.65 + 0.35 * met) * (0.7 + 0.3 * margin(best.score, next?.score, 2));
  return Number.isFinite(value) ? clamp(value) : 0;
}

/**
 * The confidence of a place or a name: its sentence's coverage of the question, how well it fits
 * what is asked, and its margin over the next different span. Non-finite parts give 0.
 */
export function spanConfidence(best: SpanCandidate, next: SpanCandidate | undefined): number {
  if (!allFinite(best.coverage, best.fit, best.score, next?.score)) return 0;
  const value =
    Math.min(1, best.coverage / FULL_COVERAGE) *
    (0.6 + 0.4 * best.fit) *
    (0.75 + 0.25 * margin(best.score, next?.score, 1.5));
  return Number.isFinite(value) ? clamp(value) : 0;
}
