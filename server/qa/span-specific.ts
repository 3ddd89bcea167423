// How specific a span is: an answer to which/what names a thing (长白山人才工程, 樟树全国药材药品交易会),
// not a word most clauses write (基地, 建设, 体系).
import { analyze } from '../../indexer/analysis/index.ts';
import type { IndexStore } from '../search/index-store.ts';

/**
 * The inverse clause frequency of the span's rarest word the index has (not its sub-words), scaled to
 * 0..1: log((n + 1) / (df + 1)) / log(n + 1) over n clauses, near 1 for a word one clause writes, 0 for
 * one every clause writes. A word the index lacks (a span cut inside a word: 山人 of 长白山人才) says
 * nothing, and a span of no known word is 0. Kept per question in `memo`: texts recur across clauses.
 */
export function specificity(store: IndexStore, text: string, memo: Map<string, number>): number {
  let known = memo.get(text);
  if (known !== undefined) return known;
  const n = store.clauses.length;
  let rarest = Infinity;
  for (const t of analyze(text)) {
    const df = t.sub ? 0 : store.documentFrequency(t.term);
    if (df > 0) rarest = Math.min(rarest, df);
  }
  known = rarest === Infinity || n <= 1 ? 0 : Math.log((n + 1) / (rarest + 1)) / Math.log(n + 1);
  memo.set(text, known);
  return known;
}
