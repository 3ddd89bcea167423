// TermLists of consecutive runs of clauses -> one TermIndex: a global dictionary, postings sorted by clause.
import { TermIndex } from './store/term-index.ts';
import { varintBytes, writeVarint } from './store/postings.ts';
import type { TermLists } from './term-lists.ts';

/**
 * Merges the term lists of consecutive runs of clauses (the first run's clauses numbered from 0, the
 * next run's after them) into a term index. Term ids follow the order the terms were first met, over
 * all runs in order. Postings come out sorted by clause without sorting: clauses are visited in order.
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
  runs.forEach((run, r) => {
    const remap = remaps[r] as Int32Array;
    for (let k = 0; k < run.ids.length; k++) (counts[remap[run.ids[k] as number] as number] as number)++;
  });
  // Counting sort: each term's postings get a range of one array, filled clause after clause.
  const starts = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) starts[t + 1] = (starts[t] as number) + (counts[t] as number);
  const fill = starts.slice(0, terms.length);
  const clauses = new Int32Array(starts[terms.length] as number);
  const counted = frequencies ? new Int32Array(clauses.length) : undefined;
  let base = 0;
  runs.forEach((run, r) => {
    const remap = remaps[r] as Int32Array;
    let from = 0;
    for (let c = 0; c < run.ends.length; c++) {
      const to = run.ends[c] as number;
      for (let k = from; k < to; k++) {
        const t = remap[run.ids[k] as number] as number;
        const at = fill[t] as number;
        fill[t] = at + 1;
        clauses[at] = base + c;
        if (counted) counted[at] = run.frequencies[k] as number;
      }
      from = to;
    }
    base += run.ends.length;
  });
  return new TermIndex({ terms, counts, ...encode(clauses, counted, starts), frequencies });
}

// Each term's range of `clauses` as gaps (each followed by its count when there are counts).
function encode(
  clauses: Int32Array,
  counted: Int32Array | undefined,
  starts: Int32Array,
): { offsets: Int32Array; bytes: Uint8Array } {
  const terms = starts.length - 1;
  const offsets = new Int32Array(terms);
  let size = 0;
  for (let t = 0; t < terms; t++) {
    offsets[t] = size;
    let previous = 0;
    for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
      size += varintBytes((clauses[k] as number) - previous);
      if (counted) size += varintBytes(counted[k] as number);
      previous = clauses[k] as number;
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    let previous = 0;
    for (let k = starts[t] as number; k < (starts[t + 1] as number); k++) {
      at = writeVarint(bytes, at, (clauses[k] as number) - previous);
      if (counted) at = writeVarint(bytes, at, counted[k] as number);
      previous = clauses[k] as number;
    }
  }
  return { offsets, bytes };
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
