// Segments of consecutive writers' runs -> one TermIndex: a global dictionary, each term's postings in clause order.
import type { FieldPostings, Segment } from './postings-runs.ts';
import { TermIndex } from './store/term-index.ts';
import { varintBytes, writeVarint } from './store/postings.ts';

/**
 * Merges the postings of consecutive parts of the clauses (the first part's clauses numbered from 0,
 * the next part's after them; each part one writer's runs) into a term index. Term ids follow the
 * order the terms were first met over all parts in order, so the index is the one a single pass over
 * every clause would make. In two passes (sizes, then bytes): a segment's bytes for a term are copied
 * as they are but for its first clause number, re-encoded as the gap from the term's previous clause.
 */
export function mergePostings(parts: readonly FieldPostings[]): TermIndex {
  const dictionary = new Map<string, number>();
  const terms: string[] = [];
  const remaps = parts.map((part) =>
    Int32Array.from(part.terms, (term) => {
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
  // By term, the last clause that has it so far, or -1.
  const previous = new Int32Array(terms.length).fill(-1);
  visit(parts, remaps, (t, segment, e, first, base) => {
    const from = segment.offsets[e] as number;
    const gap = first - Math.max(previous[t] as number, 0);
    sizes[t] =
      (sizes[t] as number) +
      varintBytes(gap) +
      (segment.offsets[e + 1] as number) -
      from -
      varintLength(segment.bytes, from);
    counts[t] = (counts[t] as number) + (segment.counts[e] as number);
    previous[t] = base + (segment.last[e] as number);
  });
  const offsets = new Int32Array(terms.length);
  let size = 0;
  for (let t = 0; t < terms.length; t++) {
    offsets[t] = size;
    size += sizes[t] as number;
  }
  const bytes = new Uint8Array(size);
  const cursor = offsets.slice();
  previous.fill(-1);
  visit(parts, remaps, (t, segment, e, first, base) => {
    const from = segment.offsets[e] as number;
    const at = writeVarint(bytes, cursor[t] as number, first - Math.max(previous[t] as number, 0));
    const rest = segment.bytes.subarray(from + varintLength(segment.bytes, from), segment.offsets[e + 1] as number);
    bytes.set(rest, at);
    cursor[t] = at + rest.length;
    previous[t] = base + (segment.last[e] as number);
  });
  return new TermIndex({ terms, counts, offsets, bytes, frequencies: parts[0]?.frequencies ?? false });
}

/** By clause, over consecutive parts, its number of distinct terms (the field length of BM25). */
export function mergeLengths(parts: readonly FieldPostings[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, part) => n + part.lengths.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part.lengths, at);
    at += part.lengths.length;
  }
  return out;
}

/**
 * Calls `f` with every segment entry in clause order: the global term id, the segment and entry,
 * the term's first clause in the segment as a global clause number, and the part's first clause.
 */
function visit(
  parts: readonly FieldPostings[],
  remaps: readonly Int32Array[],
  f: (term: number, segment: Segment, entry: number, first: number, base: number) => void,
): void {
  let base = 0;
  parts.forEach((part, p) => {
    const remap = remaps[p] as Int32Array;
    for (const segment of part.segments)
      for (let e = 0; e < segment.terms.length; e++)
        f(remap[segment.terms[e] as number] as number, segment, e, base + firstClause(segment, e), base);
    base += part.lengths.length;
  });
}

// The first clause number of entry `e` (its first LEB128 integer, a gap from 0).
function firstClause(segment: Segment, e: number): number {
  const bytes = segment.bytes;
  let pos = segment.offsets[e] as number;
  let b = bytes[pos++] as number;
  let value = b & 0x7f;
  for (let shift = 7; b >= 0x80; shift += 7) {
    b = bytes[pos++] as number;
    value |= (b & 0x7f) << shift;
  }
  return value;
}

// Bytes of the LEB128 integer at `at`.
function varintLength(bytes: Uint8Array, at: number): number {
  let n = 1;
  while ((bytes[at + n - 1] as number) >= 0x80) n++;
  return n;
}
