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
 * is given; with `only`, a mark by clause number, those marked 1): for each term and field (text,
 * headings counting FIELD_BOOST.heading), BM25+ of the term's count in the clause, its document
 * frequency in the field and the clause's field length, times the term's weight; summed, then
 * multiplied by the number of terms matched. The arithmetic is MiniSearch's, in its order, so that
 * scores and their ties are the same to the last bit.
 */
export function scoreTerms(
  words: WordIndex,
  terms: readonly WeightedTerm[],
  within?: Int32Array,
  only?: Uint8Array,
): Scores {
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
  // Plain loops: the callbacks of forEach were a quarter of a search's CPU over tens of thousands of clauses.
  for (let k = 0; k < terms.length; k++) {
    const { term: t, weight } = terms[k] as WeightedTerm;
    met.length = 0;
    fieldScores(words.text, count, t, weight * FIELD_BOOST.text, within, only, scratch, k + 1, met);
    fieldScores(words.heading, count, t, weight * FIELD_BOOST.heading, within, only, scratch, k + 1, met);
    for (let i = 0; i < met.length; i++) {
      const c = met[i] as number;
      if (matched[c] === 0) order.push(c);
      total[c] = (total[c] as number) + (term[c] as number);
      matched[c] = (matched[c] as number) + 1;
    }
  }
  const clauses = Int32Array.from(order);
  const scores = new Float64Array(clauses.length);
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i] as number;
    scores[i] = (total[c] as number) * (matched[c] as number);
    total[c] = 0;
    term[c] = 0;
    matched[c] = 0;
    stamp[c] = 0;
  }
  return { clauses, scores };
}

// Adds to `scratch.term` each clause's contribution of `t` in the field (ascending, in `within` if
// given), noting in `met` the clauses met first by this term (`stamp`): weight times BM25+, the
// expression of MiniSearch's calcBM25Score operation for operation.
function fieldScores(
  field: FieldIndex,
  count: number,
  t: string,
  weight: number,
  within: Int32Array | undefined,
  only: Uint8Array | undefined,
  scratch: Scratch,
  stamp: number,
  met: number[],
): void {
  const id = field.terms.id(t);
  if (id === undefined) return;
  const { clauses, frequencies } = field.terms.clausesWithFrequencies(id);
  const df = clauses.length;
  const positions = within ? inBoth(clauses, within) : undefined;
  const n = positions ? positions.length : df;
  const { k, b, d } = BM25;
  const k1 = k + 1;
  const oneMinusB = 1 - b;
  const invDocFreq = Math.log(1 + (count - df + 0.5) / (df + 0.5));
  const avg = field.averageLength;
  const { lengths } = field;
  const { term, stamp: stamps } = scratch;
  for (let i = 0; i < n; i++) {
    const at = positions ? (positions[i] as number) : i;
    const c = clauses[at] as number;
    // The statistics stay the whole index's: a clause left out changes no other's score.
    if (only && only[c] !== 1) continue;
    const tf = frequencies[at] as number;
    const w = weight * (invDocFreq * (d + (tf * k1) / (tf + k * (oneMinusB + (b * (lengths[c] as number)) / avg))));
    if (stamps[c] !== stamp) {
      stamps[c] = stamp;
      met.push(c);
      term[c] = w;
    } else term[c] = (term[c] as number) + w;
  }
}

// Positions in sorted `clauses` of the values also in sorted `within`, walking the shorter list.
function inBoth(clauses: Int32Array, within: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(clauses.length, within.length));
  let n = 0;
  if (within.length < clauses.length) {
    for (let i = 0, at = 0; i < within.length && at < clauses.length; i++) {
      at = seek(clauses, within[i] as number, at);
      if (clauses[at] === within[i]) out[n++] = at;
    }
  } else {
    for (let at = 0, i = 0; at < clauses.length && i < within.length; at++) {
      i = seek(within, clauses[at] as number, i);
      if (within[i] === clauses[at]) out[n++] = at;
    }
  }
  return out.subarray(0, n);
}
