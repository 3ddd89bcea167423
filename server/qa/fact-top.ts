// What a number answer reads of its figures' ranking, kept as they are scored instead of sorting all:
// the best of all, the best k that do not contradict the question, and the best with another answer.
import { TopK } from '../search/top-k.ts';

/** The figures a number answer reads, as positions in the list scored (see FactTop). */
export interface FactPicks {
  /** The best figure of all, contradicting or not (what the documents state instead). */
  readonly first: number | undefined;
  /** The best `k` that do not contradict the question, best first. */
  readonly ranked: readonly number[];
  /** The best that does not contradict the question and gives another answer than `ranked[0]`. */
  readonly next: number | undefined;
}

/**
 * Keeps the picks of a ranking by score, ties in the order of the list (a stable sort's), whatever
 * order the figures are offered in. `floor` says what a figure must beat to change them, so that a
 * figure whose score is bounded below it need not be scored at all.
 */
export class FactTop {
  private readonly scores: Float64Array;
  private first = -1;
  private readonly kept: TopK;
  // The best figure of each of the two best answers (by their best figures), best first. An answer
  // dropped from them never returns above its earlier best: the second best only rises.
  private answers: number[] = [];

  /**
   * @param size how many figures the list holds
   * @param k how many non-contradicting figures to keep
   * @param answerOf the answer figure `i` gives (figures giving the same answer share it)
   */
  constructor(
    size: number,
    k: number,
    private readonly answerOf: (i: number) => string,
  ) {
    this.scores = new Float64Array(size);
    this.kept = new TopK(k, (a, b) => this.before(a, b));
  }

  /** Whether figure `a` ranks before figure `b`. */
  before(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa > sb || (sa === sb && a < b);
  }

  /** A score figure `i` must reach to change the picks (below it, it cannot). */
  floor(i: number, contradicts: boolean): number {
    const first = this.first < 0 ? -Infinity : (this.scores[this.first] as number);
    if (contradicts) return first;
    const worst = this.kept.worst();
    const kept = worst === undefined ? -Infinity : (this.scores[worst] as number);
    const other = this.answers.length < 2 ? -Infinity : (this.scores[this.answers[1] as number] as number);
    if (other >= kept) return kept;
    // A figure of the best answer so far can only take a place among the k kept, or the best answer's
    // own; the next answer is another's.
    const best = this.answers[0];
    return best !== undefined && this.answerOf(best) === this.answerOf(i) ? kept : other;
  }

  /** A score no figure below it can change the picks with. */
  least(): number {
    const worst = this.kept.worst();
    const kept = worst === undefined ? -Infinity : (this.scores[worst] as number);
    const other = this.answers.length < 2 ? -Infinity : (this.scores[this.answers[1] as number] as number);
    return Math.min(kept, other);
  }

  /** Offers figure `i` with its score. */
  add(i: number, score: number, contradicts: boolean): void {
    this.scores[i] = score;
    if (this.first < 0 || this.before(i, this.first)) this.first = i;
    if (contradicts) return;
    this.kept.push(i);
    const answer = this.answerOf(i);
    const same = this.answers.findIndex((j) => this.answerOf(j) === answer);
    if (same >= 0 && !this.before(i, this.answers[same] as number)) return;
    const others = same >= 0 ? this.answers.filter((_, at) => at !== same) : this.answers;
    this.answers = [...others, i].sort((a, b) => (this.before(a, b) ? -1 : 1)).slice(0, 2);
  }

  /** The picks so far. */
  picks(): FactPicks {
    return {
      first: this.first < 0 ? undefined : this.first,
      ranked: this.kept.sorted(),
      next: this.answers[1],
    };
  }
}
