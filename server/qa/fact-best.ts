// The figures a number answer reads, found without scoring every figure of the regions: the figures
// in the order of a bound on their score read from the figure alone, scored fully only while the
// bound can still change what is kept.
import type { Fact } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { FactScorer, type ScoredFact } from './fact-answer.ts';
import { FactTop } from './fact-top.ts';
import type { FamilyModel } from './model.ts';
import type { Question } from './question.ts';

/** The figures a number answer reads (see FactPicks), scored. */
export interface BestFacts {
  /** The best figure of all, contradicting the question or not. */
  readonly first: ScoredFact | undefined;
  /** The best `k` that do not contradict the question, best first. */
  readonly ranked: readonly ScoredFact[];
  /** The best that does not contradict the question and gives another answer than `ranked[0]`. */
  readonly next: ScoredFact | undefined;
}

/**
 * The answer a figure gives: two give the same when they state the same value in the same unit for
 * the same time (the text and a table often both do; so do two versions or copies of one document),
 * wherever they stand.
 */
export function answerKey(f: Fact): string {
  return `${f.value}|${f.unit}|${f.year ?? ''}`;
}

/**
 * What rankFacts' list gives a number answer, to the last tie: its first figure, its first `k`
 * figures that do not contradict the question, and the first of those with another answer than the
 * best. The figures are taken by a bound on their score read without their context (its metric, time,
 * kind and unit agreements, the rest at its best), greatest first, and those whose bound is below
 * what they would have to beat are not scored; of those scored, the nearness of the question's terms
 * is looked for only when the rest leaves it a chance.
 */
export function bestFacts(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  family: FamilyModel,
  k: number,
): BestFacts {
  const scorer = new FactScorer(store, q, regions, family);
  // The facts read, in their order; whether one may answer is asked only of those that would be
  // scored (the test normalises its figure): dropping the others keeps the order of the rest.
  const facts = scorer.read();
  // The answers of the figures offered, worked out when first asked for (most figures never are).
  const answers: string[] = [];
  const answerOf = (i: number) => (answers[i] ??= answerKey(facts[i] as Fact));
  const top = new FactTop(facts.length, k, answerOf);
  const scored = new Map<number, ScoredFact>();
  const contradicts = new Uint8Array(facts.length);
  // Bounds take few values (the agreements are steps): the figures by bound, in list order within one.
  const byBound = new Map<number, number[]>();
  facts.forEach((fact, i) => {
    const figure = scorer.figure(fact);
    if (figure.contradicts) contradicts[i] = 1;
    const b = scorer.bound(figure, fact);
    const same = byBound.get(b);
    if (same) same.push(i);
    else byBound.set(b, [i]);
  });
  const bounds = [...byBound.keys()].sort((a, b) => b - a);
  for (const b of bounds) {
    if (b < top.least()) break;
    for (const i of byBound.get(b) as number[]) {
      const against = contradicts[i] === 1;
      const floor = top.floor(i, against);
      if (b < floor || !scorer.admits(facts[i] as Fact)) continue;
      const s = scorer.score(facts[i] as Fact, floor);
      if (!s) continue;
      scored.set(i, s);
      top.add(i, s.score, against);
    }
  }
  const picks = top.picks();
  const at = (i: number | undefined) => (i === undefined ? undefined : scored.get(i));
  return {
    first: at(picks.first),
    ranked: picks.ranked.map((i) => scored.get(i) as ScoredFact),
    next: at(picks.next),
  };
}
