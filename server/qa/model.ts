// The learned model of question answering: feature weights, calibration, thresholds (data/weights.json).
import learned from './data/weights.json' with { type: 'json' };

/** One family of candidates (figures or spans): its feature names, their weights, and the calibration. */
export interface FamilyModel {
  /** Feature names, in the order of `weights` (the file says which, so a stale file is refused). */
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /**
   * Logistic calibration over [best score, margin over the next different answer, coverage, how
   * many of the question's constraints it contradicts, whether the question asks for a list, whether
   * it is English, and the score again for an English question, 1].
   */
  readonly calibration: readonly number[];
  /**
   * The hand-set weights learning starts from and is drawn towards (an L2 penalty): kept as they are
   * by `npm run learn`, so the same questions always learn the same weights.
   */
  readonly prior?: readonly number[];
}

/** Everything `npm run learn` writes: one family per kind of candidate, and the thresholds. */
export interface Model {
  readonly facts: FamilyModel;
  readonly spans: FamilyModel;
  /** Below this calibrated probability of being right, the answer is null. */
  readonly threshold: number;
  /** A compare row needs this probability. */
  readonly rowThreshold: number;
}

/** The margin a candidate with no different rival is given (a score difference, in the model's units). */
export const LONE_MARGIN = 4;

/** w·x, the score of a candidate. */
export function dot(weights: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (weights[k] ?? 0) * (x[k] ?? 0);
  return s;
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** What the calibration reads besides the best candidate's score. */
export interface CalibrationContext {
  /** The next different answer's score. */
  readonly next: number | undefined;
  readonly coverage: number;
  /** How many of the question's constraints the best candidate contradicts. */
  readonly contradictions: number;
  /** The question asks for several things (a list): a span is less often all of them. */
  readonly list: boolean;
  /**
   * The question is English: its terms are guesses of the translator, so the same score says less
   * (held-out English answers scored 0.5–0.7 were right 0.65–0.73 of the time, Chinese 0.83–0.97).
   */
  readonly english: boolean;
}

/**
 * The calibration's inputs for the best candidate: score, margin, coverage, contradictions, list,
 * English, English × score, 1.
 */
export function calibrationInputs(best: number, c: CalibrationContext): number[] {
  const margin = c.next === undefined ? LONE_MARGIN : Math.min(LONE_MARGIN, Math.max(0, best - c.next));
  const english = c.english ? 1 : 0;
  return [best, margin, c.coverage, c.contradictions, c.list ? 1 : 0, english, english * best, 1];
}

/** How many inputs the calibration reads (see calibrationInputs). */
export const CALIBRATION_INPUTS = 8;

/** What the calibration reads of the question itself. */
export type QuestionTraits = Pick<CalibrationContext, 'list' | 'english'>;

/**
 * The probability that the best candidate is right, from the family's calibration (fitted on
 * held-out folds by `npm run learn`): a figure that contradicts the question's metric, time, kind,
 * unit or bar is seldom right, however well it scores otherwise. Non-finite inputs give 0.
 */
export function probability(family: FamilyModel, best: number, c: CalibrationContext): number {
  const x = calibrationInputs(best, c);
  if (!x.every(Number.isFinite)) return 0;
  const p = sigmoid(dot(family.calibration, x));
  return Number.isFinite(p) ? Math.round(p * 100) / 100 : 0;
}

function checked(family: FamilyModel, names: readonly string[], which: string): FamilyModel {
  if (
    family.features.join() !== names.join() ||
    family.weights.length !== names.length ||
    family.calibration.length !== CALIBRATION_INPUTS
  ) {
    throw new Error(
      `weights.json: the ${which} features are [${family.features.join()}] with ${family.calibration.length} calibration inputs, the code's are [${names.join()}] with ${CALIBRATION_INPUTS}; run npm run learn`,
    );
  }
  return family;
}

/**
 * The model shipped in server/qa/data/weights.json, checked against the feature names the code
 * computes (a file learned for other features is refused, not misread).
 */
export function shippedModel(factNames: readonly string[], spanNames: readonly string[]): Model {
  const m = learned as unknown as Model;
  return {
    facts: checked(m.facts, factNames, 'figure'),
    spans: checked(m.spans, spanNames, 'span'),
    threshold: m.threshold,
    rowThreshold: m.rowThreshold,
  };
}
