// The gold files' records and their comparison rule (../shared/eval/README.md).

/** One search query of a gold file. */
export interface SearchGold {
  readonly id: string;
  readonly q: string;
  readonly lang: string;
  readonly kind: string;
  readonly relevant: readonly string[];
  readonly province?: string;
}

/** One question of a gold file. */
export interface QaGold {
  readonly id: string;
  readonly q: string;
  readonly lang: string;
  readonly type: string;
  readonly answer: readonly string[];
  readonly answers_all?: readonly string[];
  /** Absent or null for a question the documents do not answer. */
  readonly source?: string | null;
  readonly rows?: Readonly<Record<string, readonly string[]>>;
  readonly row_sources?: Readonly<Record<string, string>>;
}

/** One source clause and the clauses of other documents an analyst expects beside it. */
export interface RelatedGold {
  readonly id: string;
  /** Text the source clause holds. */
  readonly source: string;
  readonly source_doc: string;
  readonly related: ReadonlyArray<{ readonly doc: string; readonly text: string }>;
}

/** The gold files' comparison: NFKC, then no whitespace, `*` or `#`. */
export const norm = (s: string): string => s.normalize('NFKC').replace(/[\s*#]/g, '');

/** True when `gold` (normalised) is a substring of `text` (normalised). */
export const holds = (text: string, gold: string): boolean => norm(text).includes(norm(gold));

/** A mean, 0 for no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Rows grouped by each key a row gives (its kind, its language, all), in order of first appearance. */
export function groupBy<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) for (const key of keys(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  return groups;
}
