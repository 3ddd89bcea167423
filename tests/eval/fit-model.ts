// Fitting a model on labelled questions: ranker weights, calibration on inner held-out folds, thresholds.
import type { Candidate, Instance } from '../../server/qa/learn/candidates.ts';
import { fitLogistic, fitRanker } from '../../server/qa/learn/ranker.ts';
import {
  CALIBRATION_INPUTS,
  calibrationInputs,
  dot,
  sigmoid,
  type FamilyModel,
  type Model,
} from '../../server/qa/model.ts';
import { norm } from './gold.ts';
import { sameSpanAnswer } from '../../server/qa/span-answer.ts';

/** An instance with the question it is of, whether each candidate is right, and whether any answer is. */
export interface Labelled extends Instance {
  readonly qid: string;
  readonly fold: number;
  readonly y: readonly boolean[];
  /** The gold says the documents state an answer (for a compare question: for this region). */
  readonly answerable: boolean;
  readonly compare: boolean;
}

type Family = Instance['family'];

interface Top {
  readonly inputs: number[];
  readonly correct: boolean;
  readonly answerable: boolean;
  readonly compare: boolean;
}

/**
 * A wrong answer given costs this much (a right one gains 1, a decline 0): the threshold then sits
 * where an answer is as likely right as wrong, which keeps wrong answers under declined ones.
 */
const WRONG_COST = 1;
/**
 * A wrong compare row costs this much: a row is one of several, each with its citation beside it,
 * while a missing row hides what a region states (compare is judged first on row recall).
 */
const ROW_WRONG_COST = 0.5;

function topOf(weights: readonly number[], inst: Labelled): Top | undefined {
  const scores = inst.candidates.map((c: Candidate) => dot(weights, c.x));
  let best = -1;
  scores.forEach((s, k) => {
    if (best < 0 || s > (scores[best] as number)) best = k;
  });
  if (best < 0) return undefined;
  const text = (inst.candidates[best] as Candidate).text;
  // The next different answer, as ask() reads it: for spans, one that is not a piece of the best.
  const same = (other: string) => (inst.family === 'spans' ? sameSpanAnswer(other, text) : norm(other) === norm(text));
  let next: number | undefined;
  scores.forEach((s, k) => {
    if (!same((inst.candidates[k] as Candidate).text) && (next === undefined || s > next)) next = s;
  });
  const b = inst.candidates[best] as Candidate;
  return {
    inputs: calibrationInputs(scores[best] as number, {
      next,
      coverage: b.coverage,
      contradictions: b.contradictions,
      ...inst.traits,
    }),
    correct: inst.y[best] === true,
    answerable: inst.answerable,
    compare: inst.compare,
  };
}

function weightsOf(train: readonly Labelled[], family: Family, start: readonly number[]): number[] {
  const groups = train.filter((i) => i.family === family).map((i) => ({ x: i.candidates.map((c) => c.x), y: i.y }));
  return fitRanker(groups, start, { prior: start });
}

// With calibrated probabilities, answering is worth it when p - (1 - p) * cost > 0: the threshold
// is cost / (1 + cost), read off the calibration rather than searched for on a few held-out answers.
function thresholdOf(cost: number): number {
  return Math.round((cost / (1 + cost)) * 100) / 100;
}

/** Steps the answer threshold may move by from cost / (1 + cost), highest first: of equal gains the highest wins. */
const THRESHOLD_STEPS = [0.1, 0.05, 0, -0.05, -0.1, -0.15];

/**
 * The answer threshold from the inner held-out answers' calibrated probabilities: the one of a few
 * steps around cost / (1 + cost) at which answering gains most (a right answer 1, a wrong one `cost`).
 * A logistic calibration can be off by a band where scores bunch; the threshold follows the held-out
 * curve only where it gains, and stays at the cost's point on a tie.
 */
export function chosenThreshold(held: ReadonlyArray<{ p: number; correct: boolean }>, cost: number): number {
  const base = thresholdOf(cost);
  const worth = (h: { correct: boolean }) => (h.correct ? 1 : -cost);
  const gain = (t: number) => held.reduce((g, h) => g + (h.p >= t ? worth(h) : 0), 0);
  let best = base;
  for (const step of THRESHOLD_STEPS) {
    const t = Math.round((base + step) * 100) / 100;
    if (gain(t) > gain(best)) best = t;
  }
  return best;
}

/**
 * Fits a model on `train`: each family's weights by the softmax ranker (from `start`'s, penalised
 * towards them); the calibration by logistic regression on the best candidates of inner held-out
 * folds (each scored by weights fitted without its fold); the answer and row thresholds from the
 * costs of a wrong answer and a wrong row, which calibrated probabilities turn into a threshold.
 */
export function fitModel(train: readonly Labelled[], start: Model, innerFolds: number): Model {
  const families: Family[] = ['facts', 'spans'];
  const prior = (f: Family): readonly number[] => start[f].prior ?? start[f].weights;
  const weights = Object.fromEntries(families.map((f) => [f, weightsOf(train, f, prior(f))])) as Record<
    Family,
    number[]
  >;
  const held: Record<Family, Top[]> = { facts: [], spans: [] };
  const folds = [...new Set(train.map((i) => i.fold))];
  for (let j = 0; j < innerFolds; j++) {
    const out = new Set(folds.filter((_, k) => k % innerFolds === j));
    const inner = train.filter((i) => !out.has(i.fold));
    for (const f of families) {
      const w = weightsOf(inner, f, prior(f));
      for (const inst of train.filter((i) => out.has(i.fold) && i.family === f)) {
        const top = topOf(w, inst);
        if (top) held[f].push(top);
      }
    }
  }
  const model = (f: Family): FamilyModel => ({
    features: start[f].features,
    prior: prior(f),
    weights: weights[f].map((w) => Math.round(w * 1000) / 1000),
    calibration: fitLogistic(
      held[f].map((t) => t.inputs),
      held[f].map((t) => t.correct),
      new Array<number>(CALIBRATION_INPUTS).fill(0),
    ).map((w) => Math.round(w * 1000) / 1000),
  });
  const facts = model('facts');
  const spans = model('spans');
  const probabilities = (f: Family, m: FamilyModel) =>
    held[f].filter((t) => !t.compare).map((t) => ({ p: sigmoid(dot(m.calibration, t.inputs)), correct: t.correct }));
  return {
    facts,
    spans,
    threshold: chosenThreshold([...probabilities('facts', facts), ...probabilities('spans', spans)], WRONG_COST),
    rowThreshold: thresholdOf(ROW_WRONG_COST),
  };
}
