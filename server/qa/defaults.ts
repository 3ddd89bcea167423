// The settings of question answering: the learned model and its thresholds, retrieval's size.
import { FACT_FEATURES } from './fact-features.ts';
import { shippedModel, type Model } from './model.ts';
import { SPAN_FEATURES } from './span-features.ts';

/** What a caller may set: the eval sets the thresholds to 0 to see every would-be answer, the learner the model. */
export interface AskOptions {
  /** Below this confidence (a calibrated probability of being right) the answer is null. */
  readonly threshold: number;
  /** A compare row needs this confidence. */
  readonly rowThreshold: number;
  /** The feature weights and calibration (data/weights.json unless given). */
  readonly model: Model;
}

/** The model `npm run learn` wrote, checked against the features the code computes. */
export const SHIPPED_MODEL: Model = shippedModel(FACT_FEATURES, SPAN_FEATURES);

/** The settings in use unless a caller gives others. */
export const QA_DEFAULTS = {
  /** Clauses retrieved per question (per region for a compare question) for places and names. */
  spans: { candidates: 25 },
  threshold: SHIPPED_MODEL.threshold,
  rowThreshold: SHIPPED_MODEL.rowThreshold,
  model: SHIPPED_MODEL,
} as const;
