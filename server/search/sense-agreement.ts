// Which senses of an ambiguous English word the rest of the query means: the ones the corpus writes
// beside the other words' Chinese (co-occurrence disambiguation, as in cross-language retrieval:
// Ballesteros & Croft 1998). "processing plants" keeps 加工厂 for plants and drops 植物.
import { SEARCH_DEFAULTS } from './search-defaults.ts';

/** What the choice needs of a concept: its Chinese terms, their weights, and whether they are guesses. */
export interface Ambiguous {
  readonly to: readonly string[];
  readonly weights?: readonly number[];
  /** Only general (dictionary) senses are chosen among; a glossary phrase or a Latin term stands as it is. */
  readonly general?: boolean;
}

/** The clauses (ascending numbers) that write a Chinese term, and how many clauses the index has. */
export interface Cooccurrence {
  readonly clausesWriting: (zh: string) => ArrayLike<number>;
  readonly clauseCount: number;
}

// The clause numbers of `list` below `window`, which is where co-occurrence is counted: a sample of
// the corpus (its first clauses), so that the cost is bounded however large the index.
function below(list: ArrayLike<number>, window: number): ArrayLike<number> {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < window) lo = mid + 1;
    else hi = mid;
  }
  return Array.prototype.slice.call(list, 0, lo) as number[];
}

// The clauses writing any of a concept's terms, as a bit set over the window.
function union(lists: readonly ArrayLike<number>[], window: number): { bits: Uint8Array; size: number } {
  const bits = new Uint8Array(window);
  let size = 0;
  for (const list of lists)
    for (let k = 0; k < list.length; k++) {
      const c = list[k] as number;
      if (bits[c] === 0) {
        bits[c] = 1;
        size++;
      }
    }
  return { bits, size };
}

/**
 * The concepts with each general concept's senses chosen by the others: a sense scores the sum, over
 * the query's other concepts, of the cosine between the clauses writing it and the clauses writing
 * any of the other concept's terms. Senses under `keepShare` of their concept's best score are
 * dropped, the rest ordered by score and weighted by it (times their own weight). A concept none of
 * whose senses meets another concept anywhere, or a query of one concept, is left as it was.
 */
export function agreeingSenses<C extends Ambiguous>(
  concepts: readonly C[],
  corpus: Cooccurrence,
  keepShare: number = SEARCH_DEFAULTS.english.senseKeepShare,
): C[] {
  const withTerms = concepts.filter((c) => c.to.length > 0);
  if (withTerms.length < 2 || !concepts.some((c) => c.general && c.to.length > 1)) return [...concepts];
  const window = Math.min(corpus.clauseCount, SEARCH_DEFAULTS.english.cooccurrenceWindow);
  const clauses = new Map<string, ArrayLike<number>>();
  const of = (zh: string) => {
    let list = clauses.get(zh);
    if (!list) clauses.set(zh, (list = below(corpus.clausesWriting(zh), window)));
    return list;
  };
  const unions = new Map(withTerms.map((c) => [c, union(c.to.map(of), window)]));
  return concepts.map((c) => {
    if (!c.general || c.to.length < 2) return c;
    const scores = c.to.map((zh) => {
      const mine = of(zh);
      let score = 0;
      for (const [other, u] of unions) {
        if (other === c || u.size === 0 || mine.length === 0) continue;
        let shared = 0;
        for (let k = 0; k < mine.length; k++) shared += u.bits[mine[k] as number] as number;
        score += shared / Math.sqrt(mine.length * u.size);
      }
      return score;
    });
    const best = Math.max(...scores);
    if (best <= 0) return c;
    const kept = c.to
      .map((zh, k) => ({ zh, score: scores[k] as number, weight: c.weights?.[k] ?? 1 }))
      .filter((s) => s.score >= keepShare * best)
      .sort((a, b) => b.score - a.score);
    const floor = SEARCH_DEFAULTS.english.minSenseWeight;
    return { ...c, to: kept.map((s) => s.zh), weights: kept.map((s) => Math.max(floor, (s.weight * s.score) / best)) };
  });
}
