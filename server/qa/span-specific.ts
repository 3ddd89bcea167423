// How specific a span is: an answer to which/what names a thing (长白山人才工程, 樟树全国药材药品交易会),
// not a word most clauses write (基地, 建设, 体系).
import { analyze } from '../../indexer/analysis/index.ts';
import type { IndexStore } from '../search/index-store.ts';

/**
 * The inverse clause frequency of the span's rarest word (not its sub-words), scaled to 0..1: 1 for
 * a word no other clause writes, 0 for one every clause writes, 0 for a span of no word. Kept per
 * question in `memo`, since the same texts recur across clauses.
 */
export function specificity(store: IndexStore, text: string, memo: Map<string, number>): number {
  let known = memo.get(text);
  if (known !== undefined) return known;
  const n = store.clauses.length;
  let rarest = Infinity;
  for (const t of analyze(text)) if (!t.sub) rarest = Math.min(rarest, store.documentFrequency(t.term));
  known = rarest === Infinity || n <= 1 ? 0 : Math.log((n + 1) / (rarest + 1)) / Math.log(n + 1);
  memo.set(text, known);
  return known;
}
