// One field's terms and, per term, the sorted numbers of the clauses that have it (with how often, for words).
import { decodePostings } from './postings.ts';

/** The stored parts of a term index: what the index file holds for it. */
export interface TermIndexParts {
  /** The terms, by id (the order in which the build first met them). */
  readonly terms: readonly string[];
  /** How many clauses have each term, by term id. */
  readonly counts: Int32Array;
  /** Where each term's postings start in `bytes`, by term id. */
  readonly offsets: Int32Array;
  /**
   * Every term's clause numbers as gaps in LEB128 bytes (see postings.ts), term after term: in
   * memory, or in the index file, a term's bytes read when a query asks for it.
   */
  readonly bytes: Uint8Array | PostingFile;
  /** True when each clause number is followed by the term's count in that clause. */
  readonly frequencies: boolean;
}

/** Postings left in the index file: `read` gives bytes `from` to `to` of them. */
export interface PostingFile {
  readonly length: number;
  read(from: number, to: number): Uint8Array;
}

/**
 * A term -> clauses index over compact postings: a list is decoded when a query asks for it,
 * never held decoded. Terms are looked up in a Map (any string is a safe key, `constructor` too).
 */
export class TermIndex {
  readonly parts: TermIndexParts;
  private readonly ids: Map<string, number>;
  private sorted: string[] | undefined;

  constructor(parts: TermIndexParts) {
    this.parts = parts;
    this.ids = new Map(parts.terms.map((t, k) => [t, k]));
  }

  /** Number of distinct terms. */
  get size(): number {
    return this.parts.terms.length;
  }

  /** The id of `term`, or undefined when no clause has it. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** How many clauses have the term `id`. */
  count(id: number): number {
    return this.parts.counts[id] as number;
  }

  /** The clauses that have term `id`, ascending. */
  clauses(id: number): Int32Array {
    const p = this.parts;
    if (p.frequencies) return this.clausesWithFrequencies(id).clauses;
    const { bytes, at } = this.postings(id);
    return decodePostings(bytes, at, p.counts[id] as number);
  }

  /**
   * The clauses that have term `id`, ascending, and how often each has it.
   * @throws Error when the index keeps no counts.
   */
  clausesWithFrequencies(id: number): { clauses: Int32Array; frequencies: Int32Array } {
    const p = this.parts;
    if (!p.frequencies) throw new Error('TermIndex: this index keeps no term frequencies');
    const frequencies = new Int32Array(p.counts[id] as number);
    const { bytes, at } = this.postings(id);
    return { clauses: decodePostings(bytes, at, frequencies.length, frequencies), frequencies };
  }

  // Term `id`'s bytes and where they start in them: a slice of the array, or read from the file.
  private postings(id: number): { bytes: Uint8Array; at: number } {
    const { bytes, offsets } = this.parts;
    const from = offsets[id] as number;
    if (bytes instanceof Uint8Array) return { bytes, at: from };
    const to = id + 1 < offsets.length ? (offsets[id + 1] as number) : bytes.length;
    return { bytes: bytes.read(from, to), at: 0 };
  }

  /** The ids of the terms that start with `prefix`, the term itself included. */
  withPrefix(prefix: string): number[] {
    const sorted = (this.sorted ??= [...this.parts.terms].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < sorted.length && (sorted[k] as string).startsWith(prefix); k++)
      out.push(this.ids.get(sorted[k] as string) as number);
    return out;
  }
}
