// The best k clauses by BM25 over weighted terms without scoring every clause having one of them:
// MaxScore (Turtle and Flood, 1995) over the postings, with the scores and ties of scoreTerms.
import { FIELD_BOOST, seek, type FieldIndex, type WordIndex } from '../../indexer/store/index.ts';
import { BM25, type WeightedTerm } from './bm25.ts';
import type { Ranked } from './rank.ts';
import { TopK } from './top-k.ts';

/** A term's postings in one field, the constants of its BM25+ and a cursor. */
interface Postings {
  readonly clauses: Int32Array;
  readonly frequencies: Int32Array;
  readonly lengths: Int32Array;
  readonly average: number;
  /** The term's weight times the field's boost. */
  readonly weight: number;
  readonly invDocFreq: number;
  /** No clause's contribution of the term in this field is above it. */
  readonly bound: number;
  /** 0 text, 1 headings: where in a term scoreTerms meets a clause. */
  readonly field: 0 | 1;
  /** The term's position in the query's terms. */
  readonly term: number;
  at: number;
  /** Whether it only scores the candidates of the others (its clauses alone are below the k-th). */
  idle: boolean;
}

/** A term's postings in the text and heading fields (those that have it). */
interface TermPostings {
  readonly fields: readonly Postings[];
}

/**
 * The best `k` clauses having any of `terms` that `keep` accepts, best first: the same clauses, scores
 * (to the last bit) and order as ranking every such clause by `scoreTerms` and keeping the first k
 * (ties in the order scoreTerms meets clauses: by the first term having the clause, its text before
 * its headings, then by clause number). The postings of a term in a field whose clauses, holding no
 * other term, cannot reach the k-th score found so far only score the clauses the others bring
 * (MaxScore, with BM25+'s product by the number of terms in the bounds): a common word of a query of
 * several is looked up for the candidates, not scored over its tens of thousands of clauses.
 * `keep` is asked only of the clauses that would be kept. Weights must not be below 0 (the bounds).
 */
export function bestByTerms(
  words: WordIndex,
  terms: readonly WeightedTerm[],
  k: number,
  keep?: (clause: number) => boolean,
): Ranked[] {
  if (terms.some((t) => !(t.weight >= 0))) throw new Error(`bestByTerms: a weight below 0 (${JSON.stringify(terms)})`);
  if (k <= 0 || terms.length === 0) return [];
  const count = words.text.lengths.length;
  const lists: TermPostings[] = terms.map(({ term, weight }, t) => {
    const fields = [
      postingsOf(words.text, 0, t, count, term, weight * FIELD_BOOST.text),
      postingsOf(words.heading, 1, t, count, term, weight * FIELD_BOOST.heading),
    ].filter((p): p is Postings => p !== undefined);
    return { fields };
  });
  // In the order of the terms, text before headings (a clause's bound counts each term once).
  const units = lists.flatMap((list) => list.fields);
  // Longest postings first: the units left out of the candidates' sources (`idle`) are chosen in this
  // order, so that the long lists of common words are the ones only looked up.
  const byLength = [...units].sort((a, b) => b.clauses.length - a.clauses.length);

  // Candidates by slot: their clause, score and where scoreTerms would have met them.
  const clause: number[] = [];
  const score: number[] = [];
  const first: number[] = [];
  const better = (a: number, b: number) => {
    const sa = score[a] as number;
    const sb = score[b] as number;
    if (sa !== sb) return sa > sb;
    if (first[a] !== first[b]) return (first[a] as number) < (first[b] as number);
    return (clause[a] as number) < (clause[b] as number);
  };
  const top = new TopK(k, better);
  // The k-th score so far, less a margin for sums of bounds added in another order.
  let threshold = -Infinity;

  for (let c = -1; ;) {
    const next = nextCandidate(units, c);
    if (next === undefined) break;
    c = next;
    // At most the sum of the bounds of the units holding it times the number of their terms.
    let sum = 0;
    let held = 0;
    let last = -1;
    for (const p of units) {
      p.at = seek(p.clauses, c, p.at);
      if (p.clauses[p.at] !== c) continue;
      sum += p.bound;
      if (p.term !== last) held++;
      last = p.term;
    }
    if (sum * held < threshold) continue;
    const slot = clause.length;
    clause.push(c);
    score.push(0);
    first.push(0);
    scoreClause(lists, c, slot, score, first);
    if (!top.admits(slot) || (keep && !keep(c))) {
      clause.length = score.length = first.length = slot;
      continue;
    }
    top.push(slot);
    const worst = top.worst();
    if (worst === undefined) continue;
    threshold = (score[worst] as number) * (1 - 1e-9);
    markIdle(byLength, lists.length, threshold);
  }
  return top.sorted().map((s) => ({ index: clause[s] as number, score: score[s] as number }));
}

// The least clause past `c` at a cursor of a unit that brings candidates (every cursor moved past c).
function nextCandidate(units: readonly Postings[], c: number): number | undefined {
  let next = Infinity;
  for (const p of units) {
    p.at = seek(p.clauses, c + 1, p.at);
    if (!p.idle && p.at < p.clauses.length && (p.clauses[p.at] as number) < next) next = p.clauses[p.at] as number;
  }
  return next === Infinity ? undefined : next;
}

// Marks idle the longest units whose clauses, holding no other unit's term, stay below `threshold`:
// the sum of their bounds times the number of their terms.
function markIdle(byLength: readonly Postings[], terms: number, threshold: number): void {
  const termIdle = new Uint8Array(terms);
  let sum = 0;
  let idleTerms = 0;
  for (const p of byLength) {
    const n = idleTerms + (termIdle[p.term] === 1 ? 0 : 1);
    p.idle = (sum + p.bound) * n < threshold;
    if (!p.idle) continue;
    sum += p.bound;
    idleTerms = n;
    termIdle[p.term] = 1;
  }
}

// Clause `c`'s score into `score[slot]`, the arithmetic of scoreTerms in its order: per term its text
// contribution plus its heading one, summed term after term, times the number of terms it has; and
// into `first[slot]` where scoreTerms met it (2 per term, 1 more when only in the headings).
function scoreClause(lists: readonly TermPostings[], c: number, slot: number, score: number[], first: number[]): void {
  const { k, b, d } = BM25;
  const k1 = k + 1;
  const oneMinusB = 1 - b;
  let total = 0;
  let matched = 0;
  let met = -1;
  lists.forEach((list, t) => {
    let term = 0;
    let has = false;
    for (const p of list.fields) {
      p.at = seek(p.clauses, c, p.at);
      if (p.clauses[p.at] !== c) continue;
      const tf = p.frequencies[p.at] as number;
      const w =
        p.weight *
        (p.invDocFreq * (d + (tf * k1) / (tf + k * (oneMinusB + (b * (p.lengths[c] as number)) / p.average))));
      term = has ? term + w : w;
      if (met < 0) met = 2 * t + p.field;
      has = true;
    }
    if (has) {
      total = total + term;
      matched++;
    }
  });
  score[slot] = total * matched;
  first[slot] = met;
}

// Term `t`'s postings in `field`, weighted; undefined when no clause has it there.
function postingsOf(
  field: FieldIndex,
  which: 0 | 1,
  term: number,
  count: number,
  t: string,
  weight: number,
): Postings | undefined {
  const id = field.terms.id(t);
  if (id === undefined) return undefined;
  const { clauses, frequencies } = field.terms.clausesWithFrequencies(id);
  const df = clauses.length;
  const invDocFreq = Math.log(1 + (count - df + 0.5) / (df + 0.5));
  const average = field.averageLength;
  const { lengths } = field;
  let most = mostOf.get(field)?.get(id);
  if (most === undefined) {
    most = mostPerWeight(clauses, frequencies, lengths, average, invDocFreq);
    let kept = mostOf.get(field);
    if (!kept) mostOf.set(field, (kept = new Map()));
    if (kept.size >= MOST_KEPT) kept.clear();
    kept.set(id, most);
  }
  // Rounding is monotone: weight times the greatest unweighted contribution bounds each weighted one.
  return {
    clauses,
    frequencies,
    lengths,
    average,
    weight,
    invDocFreq,
    bound: weight * most,
    field: which,
    term,
    at: 0,
    idle: false,
  };
}

/**
 * Each term's greatest BM25+ contribution to a clause (unweighted), per field index: one pass over
 * its postings the first time a query asks for the term, kept after (up to MOST_KEPT terms a field).
 */
const mostOf = new WeakMap<FieldIndex, Map<number, number>>();
const MOST_KEPT = 100_000;

// The greatest contribution of a term over its clauses, by scoreTerms' expression.
function mostPerWeight(
  clauses: Int32Array,
  frequencies: Int32Array,
  lengths: Int32Array,
  average: number,
  invDocFreq: number,
): number {
  const { k, b, d } = BM25;
  const k1 = k + 1;
  const oneMinusB = 1 - b;
  let most = 0;
  for (let i = 0; i < clauses.length; i++) {
    const tf = frequencies[i] as number;
    const f =
      invDocFreq * (d + (tf * k1) / (tf + k * (oneMinusB + (b * (lengths[clauses[i] as number] as number)) / average)));
    if (f > most) most = f;
  }
  return most;
}
