// BM25 over weighted terms on clause words and headings, computed as MiniSearch computed it, over typed arrays.
import { FIELD_BOOST, seek, type FieldIndex, type WordIndex } from '../../indexer/store/index.ts';

/**
 * The BM25+ parameters the ranking was tuned with (MiniSearch's defaults): term-frequency
 * saturation `k`, length normalisation `b`, and the lower bound `d` of a matching term's weight.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** A query term and the weight its contribution is multiplied by. */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/** The clauses that have any of the terms, each with its score. */
export interface Scores {
  /**
   * Clause numbers in the order they were first met: term after term, in a term the clauses with it
   * in their text before those with it only in their headings, ascending within each. Among equal
   * scores this order ranks (it is the order MiniSearch's results came in before its stable sort).
   */
  readonly clauses: Int32Array;
  /** By position in `clauses`: the sum of the terms' BM25 contributions times the number of terms matched. */
  readonly scores: Float64Array;
}

interface Scratch {
  readonly total: Float64Array;
  readonly term: Float64Array;
  /** Terms matched; 0 for a clause not met yet. */
  readonly matched: Int32Array;
  /** The term (numbered from 1) that last met the clause. */
  readonly stamp: Int32Array;
}

// One set of per-clause arrays per index, reset after each use (scoring is synchronous).
const scratches = new WeakMap<WordIndex, Scratch>();

/**
 * Scores the clauses having any of `terms` (in `within`, a sorted list of clause numbers, when it
 * is given): for each term and field (text, headings counting FIELD_BOOST.heading), BM25+ of the
 * term's count in the clause, its document frequency in the field and the clause's field length,
 * times the term's weight; summed, then multiplied by the number of terms matched. The arithmetic is
 * MiniSearch's, in its order, so that scores and their ties are the same to the last bit.
 */
export function scoreTerms(words: WordIndex, terms: readonly WeightedTerm[], within?: Int32Array): Scores {
  const count = words.text.lengths.length;
  let scratch = scratches.get(words);
  if (!scratch) {
    scratch = {
      total: new Float64Array(count),
      term: new Float64Array(count),
      matched: new Int32Array(count),
      stamp: new Int32Array(count),
    };
    scratches.set(words, scratch);
  }
  const { total, term, matched, stamp } = scratch;
  const order: number[] = [];
  const met: number[] = [];
  terms.forEach(({ term: t, weight }, k) => {
    met.length = 0;
    const add = (c: number, w: number) => {
      if (stamp[c] !== k + 1) {
        stamp[c] = k + 1;
        met.push(c);
        term[c] = w;
      } else term[c] = (term[c] as number) + w;
    };
    fieldScores(words.text, count, t, weight * FIELD_BOOST.text, within, add);
    fieldScores(words.heading, count, t, weight * FIELD_BOOST.heading, within, add);
    for (const c of met) {
      if (matched[c] === 0) order.push(c);
      total[c] = (total[c] as number) + (term[c] as number);
      matched[c] = (matched[c] as number) + 1;
    }
  });
  const clauses = Int32Array.from(order);
  const scores = new Float64Array(clauses.length);
  clauses.forEach((c, i) => {
    scores[i] = (total[c] as number) * (matched[c] as number);
    total[c] = 0;
    term[c] = 0;
    matched[c] = 0;
    stamp[c] = 0;
  });
  return { clauses, scores };
}

// Calls `add` with each clause (ascending, in `within` if given) having `t` in the field, and its
// contribution: weight times BM25+ (the expression is MiniSearch's calcBM25Score, term for term).
function fieldScores(
  field: FieldIndex,
  count: number,
  t: string,
  weight: number,
  within: Int32Array | undefined,
  add: (clause: number, w: number) => void,
): void {
  const id = field.terms.id(t);
  if (id === undefined) return;
  const { clauses, frequencies } = field.terms.clausesWithFrequencies(id);
  const df = clauses.length;
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (count - df + 0.5) / (df + 0.5));
  const avg = field.averageLength;
  const score = (at: number) => {
    const c = clauses[at] as number;
    const tf = frequencies[at] as number;
    const length = field.lengths[c] as number;
    add(c, weight * (invDocFreq * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg)))));
  };
  if (!within) {
    for (let at = 0; at < df; at++) score(at);
  } else if (within.length < df) {
    for (let i = 0, at = 0; i < within.length && at < df; i++) {
      at = seek(clauses, within[i] as number, at);
      if (clauses[at] === within[i]) score(at);
    }
  } else {
    for (let at = 0, i = 0; at < df && i < within.length; at++) {
      i = seek(within, clauses[at] as number, i);
      if (within[i] === clauses[at]) score(at);
    }
  }
}
