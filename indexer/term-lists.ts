// Terms of clauses as they are analysed, clause after clause: a dictionary and each clause's distinct term ids.

/**
 * One field of a run of consecutive clauses: a dictionary of the terms met (in the order first met)
 * and, clause after clause, the distinct ids of its terms in the order first met in it, with how
 * often it has each. Plain typed arrays, so that a worker thread can hand them over without copying.
 */
export interface TermLists {
  readonly terms: string[];
  readonly ids: Int32Array;
  /** Parallel to `ids`; left out when only presence matters (grams). */
  readonly frequencies?: Int32Array;
  /** By clause, the end of its ids in `ids` (a clause's ids start where the previous one's end). */
  readonly ends: Int32Array;
}

/** Collects {@link TermLists}: `add` one clause's terms at a time, `finish` once. */
export class TermListsWriter {
  private readonly dictionary = new Map<string, number>();
  private readonly terms: string[] = [];
  private ids = new Int32Array(1024);
  private frequencies: Int32Array | undefined;
  private ends: number[] = [];
  private length = 0;
  // By term id: the last clause that had it, and where its count sits for that clause.
  private lastClause = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  /** @param counts keep how often each clause has each term (else only whether it has it) */
  constructor(counts = true) {
    if (counts) this.frequencies = new Int32Array(1024);
  }

  /** Adds the next clause's terms (repeats count: a term twice has frequency 2). */
  add(clauseTerms: readonly string[]): void {
    const clause = this.ends.length;
    for (const term of clauseTerms) {
      let id = this.dictionary.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.dictionary.set(term, id);
        this.terms.push(term);
        if (id >= this.lastClause.length) this.growTerms();
      }
      if (this.lastClause[id] === clause) {
        if (this.frequencies) (this.frequencies[this.slot[id] as number] as number)++;
        continue;
      }
      this.lastClause[id] = clause;
      if (this.length === this.ids.length) this.growPostings();
      this.slot[id] = this.length;
      this.ids[this.length] = id;
      if (this.frequencies) this.frequencies[this.length] = 1;
      this.length++;
    }
    this.ends.push(this.length);
  }

  /** The lists collected; the writer is not to be used afterwards. */
  finish(): TermLists {
    return {
      terms: this.terms,
      ids: this.ids.slice(0, this.length),
      ...(this.frequencies ? { frequencies: this.frequencies.slice(0, this.length) } : {}),
      ends: Int32Array.from(this.ends),
    };
  }

  private growTerms(): void {
    const last = new Int32Array(this.lastClause.length * 2).fill(-1);
    last.set(this.lastClause);
    this.lastClause = last;
    const slot = new Int32Array(this.slot.length * 2);
    slot.set(this.slot);
    this.slot = slot;
  }

  private growPostings(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    if (this.frequencies) {
      const frequencies = new Int32Array(this.frequencies.length * 2);
      frequencies.set(this.frequencies);
      this.frequencies = frequencies;
    }
  }
}
