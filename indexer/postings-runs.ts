// One field's postings written as clauses are analysed, in runs: each run of clauses encoded as a segment at once.
import { varintBytes, writeVarint } from './store/postings.ts';

/**
 * Clauses per run. A run's term lists (4 bytes per distinct term of a clause, and as much again for
 * the counts) exist only until the run is encoded; what is kept of it is its segment, LEB128 bytes
 * about a quarter of that size.
 */
export const RUN_CLAUSES = 8192;

/**
 * One run of clauses encoded: for each term the run has (in the order the run first met it), the
 * clauses that have it as LEB128 gaps (with counts for words). A term's first clause is written as
 * its number among the writer's clauses (a gap from 0): the merge re-encodes that one number, and
 * copies the rest of the bytes as they are.
 */
export interface Segment {
  /** The writer's id of each term of the run. */
  readonly terms: Int32Array;
  /** How many clauses of the run have each term. */
  readonly counts: Int32Array;
  /** The last clause of the run that has each term (its number among the writer's clauses). */
  readonly last: Int32Array;
  /** Where each term's bytes start in `bytes`; one more entry, the end. */
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
}

/** A field's postings over consecutive clauses: the terms met (first met first), segments in clause order. */
export interface FieldPostings {
  readonly terms: string[];
  readonly segments: Segment[];
  /** By clause, its number of distinct terms (the field length of BM25). */
  readonly lengths: Int32Array;
  /** True when each clause number is followed by the term's count in it (words), not for grams. */
  readonly frequencies: boolean;
}

/**
 * Collects one field's terms clause after clause (`add`), encoding them run by run (see
 * {@link RUN_CLAUSES}), and hands back its {@link FieldPostings} (`finish`, once).
 */
export class PostingsWriter {
  private readonly dictionary = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly segments: Segment[] = [];
  private lengths = new Int32Array(1024);
  private clauses = 0;
  // The current run: the distinct term ids of each clause in order, their counts, each clause's end.
  private ids = new Int32Array(4096);
  private counts = new Int32Array(4096);
  private length = 0;
  private ends: number[] = [];
  // By term id: the last clause that had it, and where its count sits for that clause.
  private lastClause = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  /**
   * @param frequencies keep how often each clause has each term (else only whether it has it)
   * @param runClauses clauses per run (a test makes them small)
   */
  constructor(
    private readonly frequencies = true,
    private readonly runClauses = RUN_CLAUSES,
  ) {}

  /** Adds the next clause's terms (repeats count: a term twice has frequency 2). */
  add(clauseTerms: readonly string[]): void {
    const clause = this.clauses;
    const start = this.length;
    for (const term of clauseTerms) {
      let id = this.dictionary.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.dictionary.set(term, id);
        this.terms.push(term);
        if (id >= this.lastClause.length) this.growTerms();
      }
      if (this.lastClause[id] === clause) {
        (this.counts[this.slot[id] as number] as number)++;
        continue;
      }
      this.lastClause[id] = clause;
      if (this.length === this.ids.length) this.growRun();
      this.slot[id] = this.length;
      this.ids[this.length] = id;
      this.counts[this.length] = 1;
      this.length++;
    }
    if (clause === this.lengths.length) this.lengths = grown(this.lengths);
    this.lengths[clause] = this.length - start;
    this.ends.push(this.length);
    this.clauses++;
    if (this.ends.length === this.runClauses) this.flush();
  }

  /** The postings collected; the writer is not to be used afterwards. */
  finish(): FieldPostings {
    this.flush();
    return {
      terms: this.terms,
      segments: this.segments,
      lengths: this.lengths.slice(0, this.clauses),
      frequencies: this.frequencies,
    };
  }

  // Encodes the current run as a segment, in two passes (sizes, then bytes), and starts the next.
  private flush(): void {
    if (this.ends.length === 0) return;
    const first = this.clauses - this.ends.length;
    // By term id, its entry in the segment (+1; 0 when the run has not met it yet).
    const entry = new Map<number, number>();
    const terms: number[] = [];
    const sizes: number[] = [];
    const counts: number[] = [];
    const last: number[] = [];
    this.visit(first, (id, clause, count) => {
      let e = entry.get(id);
      if (e === undefined) {
        e = terms.length;
        entry.set(id, e);
        terms.push(id);
        sizes.push(0);
        counts.push(0);
        last.push(0);
      }
      sizes[e] = (sizes[e] as number) + varintBytes(clause - (counts[e] ? (last[e] as number) : 0));
      if (this.frequencies) sizes[e] = (sizes[e] as number) + varintBytes(count);
      counts[e] = (counts[e] as number) + 1;
      last[e] = clause;
    });
    const offsets = new Int32Array(terms.length + 1);
    for (let e = 0; e < terms.length; e++) offsets[e + 1] = (offsets[e] as number) + (sizes[e] as number);
    const bytes = new Uint8Array(offsets[terms.length] as number);
    const cursor = offsets.slice(0, terms.length);
    const previous = new Int32Array(terms.length).fill(-1);
    this.visit(first, (id, clause, count) => {
      const e = entry.get(id) as number;
      const gap = clause - ((previous[e] as number) < 0 ? 0 : (previous[e] as number));
      let at = writeVarint(bytes, cursor[e] as number, gap);
      if (this.frequencies) at = writeVarint(bytes, at, count);
      cursor[e] = at;
      previous[e] = clause;
    });
    this.segments.push({
      terms: Int32Array.from(terms),
      counts: Int32Array.from(counts),
      last: Int32Array.from(last),
      offsets,
      bytes,
    });
    this.length = 0;
    this.ends = [];
  }

  // Calls `f` with every (term id, clause number, count) of the current run, clause after clause.
  private visit(first: number, f: (id: number, clause: number, count: number) => void): void {
    let from = 0;
    this.ends.forEach((to, c) => {
      for (let k = from; k < to; k++) f(this.ids[k] as number, first + c, this.counts[k] as number);
      from = to;
    });
  }

  private growTerms(): void {
    const last = new Int32Array(this.lastClause.length * 2).fill(-1);
    last.set(this.lastClause);
    this.lastClause = last;
    this.slot = grown(this.slot);
  }

  private growRun(): void {
    this.ids = grown(this.ids);
    this.counts = grown(this.counts);
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}

/** The typed arrays of `postings`, to hand them to another thread without copying. */
export function transferables(postings: FieldPostings): ArrayBuffer[] {
  return [
    postings.lengths.buffer as ArrayBuffer,
    ...postings.segments.flatMap((s) =>
      [s.terms, s.counts, s.last, s.offsets, s.bytes].map((a) => a.buffer as ArrayBuffer),
    ),
  ];
}
