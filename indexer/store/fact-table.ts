// The facts of an index by province: a question about one region reads and parses only that region's facts.
import { readRecords, type SectionBytes } from './records.ts';
import type { Fact } from './schema.ts';

/** Where a file-backed table reads its facts: the record section `facts`, its ends, each fact's province. */
export interface FactSource {
  readonly source: SectionBytes;
  readonly ends: Int32Array;
  /** Each fact's province, as its position in `provinces`. */
  readonly province: Int32Array;
  readonly provinces: readonly string[];
}

/**
 * Facts numbered in the order of the index, read from the file a province at a time and kept once
 * read (the facts in memory are those of the regions asked about), or held in an array.
 */
export class FactTable {
  private readonly parsed: Array<Fact | undefined>;
  private readonly loaded = new Set<number>();
  private readonly byProvince = new Map<number, Fact[]>();
  private lookupCount = 0;
  private readCount = 0;

  private constructor(
    private readonly file: FactSource | undefined,
    facts: readonly Fact[] | undefined,
  ) {
    this.parsed = facts ? [...facts] : new Array<Fact | undefined>(file?.ends.length ?? 0);
  }

  /** A table over facts in memory. */
  static of(facts: readonly Fact[]): FactTable {
    return new FactTable(undefined, facts);
  }

  /** A table over the facts of an index file. */
  static fromFile(file: FactSource): FactTable {
    return new FactTable(file, undefined);
  }

  /** Number of facts. */
  get length(): number {
    return this.parsed.length;
  }

  /**
   * How many lookups (`all`, `inProvinces`) the table has answered, and how many provinces' facts it
   * has read from its file: a question must look its regions up once each, whatever its stages.
   */
  get counters(): { readonly lookups: number; readonly provinceReads: number } {
    return { lookups: this.lookupCount, provinceReads: this.readCount };
  }

  /** Every fact, in the order of the index (reads those not read yet). */
  all(): readonly Fact[] {
    return this.inProvinces(undefined);
  }

  /**
   * The facts of the given provinces (all when undefined), in the order of the index. Only their
   * facts are read, each run of consecutive ones in one read; facts once read are kept.
   */
  inProvinces(provinces: ReadonlySet<string> | undefined): readonly Fact[] {
    this.lookupCount++;
    const file = this.file;
    if (!file)
      return (provinces ? this.parsed.filter((f) => provinces.has((f as Fact).province)) : this.parsed) as Fact[];
    const wanted = new Set<number>();
    file.provinces.forEach((p, n) => {
      if (!provinces || provinces.has(p)) wanted.add(n);
    });
    for (const n of wanted) if (!this.loaded.has(n)) this.load(file, n);
    if (wanted.size === 1) return this.ofProvince(file, wanted.values().next().value as number);
    const out: Fact[] = [];
    for (let k = 0; k < file.province.length; k++)
      if (wanted.has(file.province[k] as number)) out.push(this.parsed[k] as Fact);
    return out;
  }

  // The facts of province `n` (read), listed once: a question about one region then reads only its own.
  private ofProvince(file: FactSource, n: number): readonly Fact[] {
    let facts = this.byProvince.get(n);
    if (!facts) {
      facts = [];
      for (let k = 0; k < file.province.length; k++) if (file.province[k] === n) facts.push(this.parsed[k] as Fact);
      this.byProvince.set(n, facts);
    }
    // Not copied (111,000 facts at ×1000): callers only read it.
    return facts;
  }

  // Reads the facts of province `n`, each run of consecutive ones in one read.
  private load(file: FactSource, n: number): void {
    const count = file.province.length;
    for (let k = 0; k < count;) {
      if (file.province[k] !== n) {
        k++;
        continue;
      }
      let end = k;
      while (end < count && file.province[end] === n) end++;
      readRecords(file.source, 'facts', file.ends, k, end).forEach((f, i) => (this.parsed[k + i] = f as Fact));
      k = end;
    }
    this.loaded.add(n);
    this.readCount++;
  }
}
