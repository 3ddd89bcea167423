// BM25 over weighted terms: the ranking that search and question answering (and related clauses) ask of the index.
import type { Clause } from '../../indexer/store/index.ts';
import { scoreTerms, type Scores } from './bm25.ts';
import type { IndexStore } from './index-store.ts';
import type { QueryUnit } from './query.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

/** A clause by its position in the index and its score; a partial match names the words it lacks. */
export interface Ranked {
  readonly index: number;
  readonly score: number;
  readonly missing?: readonly string[];
}

/**
 * The weight of each term of the units in BM25: a word of a form typed or translated its unit's boost
 * (1 typed), a piece of one `subWordWeight` of that; a form an expansion added ranks by itself when it
 * is a word of the index, at its boost (`alternativeWeight`). A synonym's pieces rank nothing
 * (质量和疗效一致性评价, added for 一致性评价, must not rank clauses by 质量 and 疗效); a long form or
 * thesaurus form that is no word of its own (发展和改革委) ranks by its whole words.
 */
export function termWeights(units: readonly QueryUnit[]): Map<string, number> {
  const { subWordWeight } = SEARCH_DEFAULTS.ranking;
  const weights = new Map<string, number>();
  const raise = (term: string, w: number) => weights.set(term, Math.max(weights.get(term) ?? 0, w));
  for (const u of units) {
    if (u.synonymOf === undefined) {
      for (const t of u.terms) raise(t.term, u.boost * (t.sub ? subWordWeight : 1));
      continue;
    }
    const whole = u.terms.some((t) => t.term === u.normalized);
    for (const t of u.terms) {
      if (t.term === u.normalized) raise(t.term, u.boost);
      else if (!whole && !t.sub && u.origin !== 'synonym') raise(t.term, u.boost * subWordWeight);
    }
  }
  return weights;
}

/**
 * Ranks the clauses having any of `weights`' terms by BM25 over their words and headings (headings
 * count double), each term's contribution multiplied by its weight; `keep` narrows the clauses
 * considered before scoring. Best first.
 * @param weights analysed term -> weight (terms the index does not have are ignored)
 */
export function rankByTerms(
  store: IndexStore,
  weights: ReadonlyMap<string, number>,
  keep?: (c: Clause) => boolean,
): Ranked[] {
  if (weights.size === 0) return [];
  const s = scoreTerms(
    store.words,
    [...weights].map(([term, weight]) => ({ term, weight })),
  );
  const positions: number[] = [];
  for (let i = 0; i < s.clauses.length; i++)
    if (!keep || keep(store.clauses.get(s.clauses[i] as number) as Clause)) positions.push(i);
  positions.sort((i, j) => (s.scores[j] as number) - (s.scores[i] as number) || i - j);
  return positions.map((i) => ({ index: s.clauses[i] as number, score: s.scores[i] as number }));
}

/**
 * The matches of a search and their order, without sorting them all: `clauses[i]` has score
 * `scores[i]`; the first `scored` positions are ranked by score, then by position (ties keep the
 * order the clauses were met in); the rest matched the phrase but none of its words, and come last,
 * in clause order, with score 0. With `tiers` (by position), a lower tier ranks first whatever
 * the scores.
 */
export class Ranking {
  /**
   * @param ties by position, a second score that orders equal scores (higher first) before their
   * positions do (a question's score before its exact names lifted it)
   */
  constructor(
    readonly clauses: Int32Array,
    readonly scores: Float64Array,
    readonly scored: number,
    readonly tiers?: Uint8Array,
    readonly ties?: Float64Array,
  ) {}

  /** The same matches, ranked first by `tierOf` each clause (lower first). */
  tiered(tierOf: (clause: number) => number): Ranking {
    // A loop, not Uint8Array.from(clauses, tierOf), which goes through the iterator protocol per item.
    const tiers = new Uint8Array(this.clauses.length);
    for (let i = 0; i < tiers.length; i++) tiers[i] = tierOf(this.clauses[i] as number);
    return new Ranking(this.clauses, this.scores, this.scored, tiers, this.ties);
  }

  /** True when position `i` ranks before position `j`. */
  before(i: number, j: number): boolean {
    if (this.tiers && this.tiers[i] !== this.tiers[j]) return (this.tiers[i] as number) < (this.tiers[j] as number);
    const si = i < this.scored;
    if (si !== j < this.scored) return si;
    if (si) {
      const a = this.scores[i] as number;
      const b = this.scores[j] as number;
      if (a !== b) return a > b;
      if (this.ties && this.ties[i] !== this.ties[j]) return (this.ties[i] as number) > (this.ties[j] as number);
    }
    return i < j;
  }
}

/**
 * Ranks by BM25 over the units' words, weighted by termWeights. With `allowed` (sorted clause
 * numbers), only those clauses are scored, and one that contains the phrase but none of its words
 * (cut otherwise in context) still comes back, last.
 */
export function rankUnits(store: IndexStore, units: readonly QueryUnit[], allowed?: Int32Array): Ranking {
  const weights = [...termWeights(units)].filter(([, weight]) => weight > 0);
  const s: Scores =
    weights.length === 0
      ? { clauses: new Int32Array(0), scores: new Float64Array(0) }
      : scoreTerms(
          store.words,
          weights.map(([term, weight]) => ({ term, weight })),
          allowed,
        );
  if (!allowed) return new Ranking(s.clauses, s.scores, s.clauses.length);
  // The allowed clauses no term scored, by a mark per clause rather than sorting the scored ones.
  const scored = new Uint8Array(store.clauses.length);
  for (let i = 0; i < s.clauses.length; i++) scored[s.clauses[i] as number] = 1;
  const unscored = allowed.filter((c) => scored[c] !== 1);
  const clauses = new Int32Array(s.clauses.length + unscored.length);
  clauses.set(s.clauses);
  clauses.set(unscored, s.clauses.length);
  const scores = new Float64Array(clauses.length);
  scores.set(s.scores);
  return new Ranking(clauses, scores, s.clauses.length);
}
