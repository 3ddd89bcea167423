// Fitting a model on labelled questions: ranker weights, calibration on inner held-out folds, thresholds.
import type { Candidate, Instance } from '../../server/qa/learn/candidates.ts';
import { fitLogistic, fitRanker } from '../../server/qa/learn/ranker.ts';
import { calibrationInputs, dot, sigmoid, type FamilyModel, type Model } from '../../server/qa/model.ts';
import { norm } from './gold.ts';

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

/** A wrong answer given costs this much more than a declined one (both are not right). */
const WRONG_COST = 0.5;

function topOf(weights: readonly number[], inst: Labelled): Top | undefined {
  const scores = inst.candidates.map((c: Candidate) => dot(weights, c.x));
  let best = -1;
  scores.forEach((s, k) => {
    if (best < 0 || s > (scores[best] as number)) best = k;
  });
  if (best < 0) return undefined;
  const text = norm((inst.candidates[best] as Candidate).text);
  let next: number | undefined;
  scores.forEach((s, k) => {
    if (norm((inst.candidates[k] as Candidate).text) !== text && (next === undefined || s > next)) next = s;
  });
  const b = inst.candidates[best] as Candidate;
  return {
    inputs: calibrationInputs(scores[best] as number, next, b.coverage),
    correct: inst.y[best] === true,
    answerable: inst.answerable,
    compare: inst.compare,
  };
}

function weightsOf(train: readonly Labelled[], family: Family, start: readonly number[]): number[] {
  const groups = train.filter((i) => i.family === family).map((i) => ({ x: i.candidates.map((c) => c.x), y: i.y }));
  return fitRanker(groups, start, { prior: start });
}

// The threshold with the best accuracy on held-out tops, a wrong answer costing more than a decline.
function thresholdOf(tops: readonly Top[], p: readonly number[]): number {
  let bestT = 0.5;
  let bestValue = -Infinity;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    let value = 0;
    tops.forEach((top, k) => {
      const answered = (p[k] as number) >= t;
      if (answered) value += top.correct ? 1 : -WRONG_COST;
      else if (!top.answerable) value += 1;
    });
    if (value > bestValue + 1e-9) {
      bestValue = value;
      bestT = Math.round(t * 100) / 100;
    }
  }
  return bestT;
}

/**
 * Fits a model on `train`: each family's weights by the softmax ranker (from `start`'s, penalised
 * towards them); the calibration by logistic regression on the best candidates of inner held-out
 * folds (each scored by weights fitted without its fold); the answer and row thresholds from the
 * calibrated probabilities of those held-out candidates.
 */
export function fitModel(train: readonly Labelled[], start: Model, innerFolds: number): Model {
  const families: Family[] = ['facts', 'spans'];
  const weights = Object.fromEntries(families.map((f) => [f, weightsOf(train, f, start[f].weights)])) as Record<
    Family,
    number[]
  >;
  const held: Record<Family, Top[]> = { facts: [], spans: [] };
  const folds = [...new Set(train.map((i) => i.fold))];
  for (let j = 0; j < innerFolds; j++) {
    const out = new Set(folds.filter((_, k) => k % innerFolds === j));
    const inner = train.filter((i) => !out.has(i.fold));
    for (const f of families) {
      const w = weightsOf(inner, f, start[f].weights);
      for (const inst of train.filter((i) => out.has(i.fold) && i.family === f)) {
        const top = topOf(w, inst);
        if (top) held[f].push(top);
      }
    }
  }
  const model = (f: Family): FamilyModel => ({
    features: start[f].features,
    weights: weights[f].map((w) => Math.round(w * 1000) / 1000),
    calibration: fitLogistic(
      held[f].map((t) => t.inputs),
      held[f].map((t) => t.correct),
      start[f].calibration,
    ).map((w) => Math.round(w * 1000) / 1000),
  });
  const facts = model('facts');
  const spans = model('spans');
  const all = [
    ...held.facts.map((t) => ({ t, p: sigmoid(dot(facts.calibration, t.inputs)) })),
    ...held.spans.map((t) => ({ t, p: sigmoid(dot(spans.calibration, t.inputs)) })),
  ];
  const single = all.filter((a) => !a.t.compare);
  const rows = all.filter((a) => a.t.compare);
  return {
    facts,
    spans,
    threshold: thresholdOf(
      single.map((a) => a.t),
      single.map((a) => a.p),
    ),
    rowThreshold: rows.length
      ? thresholdOf(
          rows.map((a) => a.t),
          rows.map((a) => a.p),
        )
      : start.rowThreshold,
  };
}
