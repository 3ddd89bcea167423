// TermLists of consecutive runs of clauses -> one TermIndex: a global dictionary, postings sorted by clause.
import { TermIndex } from './store/term-index.ts';
import { varintBytes, writeVarint } from './store/postings.ts';
import type { TermLists } from './term-lists.ts';

/**
 * Merges the term lists of consecutive runs of clauses (the first run's clauses numbered from 0, the
 * next run's after them) into a term index. Term ids follow the order the terms were first met, over
 * all runs in order. Clauses are visited in order, so each term's postings come out sorted; they are
 * encoded in two passes (sizes, then bytes) straight from the runs, with no list of all postings.
 * @param frequencies keep each clause's count of each term (words), or not (grams)
 */
export function buildTermIndex(runs: readonly TermLists[], frequencies: boolean): TermIndex {
  const dictionary = new Map<string, number>();
  const terms: string[] = [];
  const remaps = runs.map((run) =>
    Int32Array.from(run.terms, (term) => {
      let id = dictionary.get(term);
      if (id === undefined) {
        id = terms.length;
        dictionary.set(term, id);
        terms.push(term);
      }
      return id;
    }),
  );
  const counts = new Int32Array(terms.length);
  const sizes = new Int32Array(terms.length);
  const previous = new Int32Array(terms.length);
  visit(runs, remaps, (t, clause, count) => {
    counts[t] = (counts[t] as number) + 1;
    sizes[t] =
      (sizes[t] as number) + varintBytes(clause - (previous[t] as number)) + (frequencies ? varintBytes(count) : 0);
    previous[t] = clause;
  });
  const offsets = new Int32Array(terms.length);
  let size = 0;
  for (let t = 0; t < terms.length; t++) {
    offsets[t] = size;
    size += sizes[t] as number;
  }
  const bytes = new Uint8Array(size);
  const cursor = offsets.slice();
  previous.fill(0);
  visit(runs, remaps, (t, clause, count) => {
    let at = writeVarint(bytes, cursor[t] as number, clause - (previous[t] as number));
    if (frequencies) at = writeVarint(bytes, at, count);
    cursor[t] = at;
    previous[t] = clause;
  });
  return new TermIndex({ terms, counts, offsets, bytes, frequencies });
}

// Calls `f` with every (global term id, clause number, count), clause after clause.
function visit(
  runs: readonly TermLists[],
  remaps: readonly Int32Array[],
  f: (term: number, clause: number, count: number) => void,
): void {
  let base = 0;
  runs.forEach((run, r) => {
    const remap = remaps[r] as Int32Array;
    let from = 0;
    for (let c = 0; c < run.ends.length; c++) {
      const to = run.ends[c] as number;
      for (let k = from; k < to; k++)
        f(remap[run.ids[k] as number] as number, base + c, run.frequencies ? (run.frequencies[k] as number) : 1);
      from = to;
    }
    base += run.ends.length;
  });
}

/** By clause, over consecutive runs, its number of distinct terms (the field length of BM25). */
export function fieldLengths(runs: readonly TermLists[]): Int32Array {
  const out = new Int32Array(runs.reduce((n, run) => n + run.ends.length, 0));
  let c = 0;
  for (const run of runs) {
    let from = 0;
    for (const to of run.ends) {
      out[c++] = to - from;
      from = to;
    }
  }
  return out;
}
