// The targets table's state and its pure parts: sorting, the words that tell rows apart, the CSV of what is shown.
import type { Target } from '../../../server/contract/index.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';

/** A column the table sorts by. */
export type Column = 'province' | 'metric' | 'head' | 'value' | 'year' | 'kind';

/** What the table shows: the rows the filters gave, and the sort chosen on screen. */
export interface TargetsState {
  readonly rows: readonly Target[];
  readonly sortBy: Column;
  readonly ascending: boolean;
}

function compare(a: Target, b: Target, col: Column): number {
  if (col === 'value' || col === 'year') return (a[col] ?? 0) - (b[col] ?? 0);
  return String(a[col] ?? '').localeCompare(String(b[col] ?? ''), 'zh');
}

/** The rows in the order on screen (a stable sort: equal rows keep the API's order). */
export function sortedRows(state: TargetsState): Target[] {
  const sign = state.ascending ? 1 : -1;
  return [...state.rows].sort((a, b) => compare(a, b, state.sortBy) * sign);
}

/** The state after a click on `col`'s header: that column ascending, or the other way when it already sorts. */
export function sortedBy(state: TargetsState, col: Column): TargetsState {
  return { ...state, sortBy: col, ascending: state.sortBy === col ? !state.ascending : true };
}

/** The qualifiers of a figure its text does not already show (力争 of 力争达到4000; not 以上 of 5个以上). */
export function extraQualifiers(x: Pick<Target, 'text' | 'qualifiers'>): string[] {
  return x.qualifiers.filter((q) => !x.text.includes(q));
}

/** The clause of a figure as a citation names it: 三、（二）7., or part 3, section (2), item 7. */
export function clauseName(x: Pick<Target, 'clauseId' | 'clauseLabel'>, lang: 'zh' | 'en'): string {
  const clause = { id: x.clauseId, label: x.clauseLabel ?? '' };
  const name = lang === 'zh' ? citeLabelZh(clause) : citeLabelEn(clause);
  return name || x.clauseId.slice(x.clauseId.indexOf('/') + 1);
}

/** The CSV's columns: each a heading key of the page's words, the row's machine name, and its value. */
export const CSV_COLUMNS = [
  ['region', 'province'],
  ['metric', 'metric'],
  ['category', 'head'],
  ['value', 'text'],
  ['unit', 'unit'],
  ['qualifiers', 'qualifiers'],
  ['bar', 'threshold'],
  ['year', 'year'],
  ['period', 'period'],
  ['kind', 'kind'],
  ['clause', 'clauseLabel'],
  ['clauseId', 'clauseId'],
  ['scaled', 'scaled'],
] as const;

/** What the CSV needs from the page: its words for each heading and value. */
export interface CsvWords {
  readonly heading: (key: (typeof CSV_COLUMNS)[number][0]) => string;
  readonly region: (x: Target) => string;
  readonly kind: (x: Target) => string;
  readonly clause: (x: Target) => string;
}

function field(value: unknown): string {
  const s = Array.isArray(value) ? value.join(' ') : String(value ?? '');
  // A leading = + - @ would be a formula in a spreadsheet; a comma, quote or line break needs quotes.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(x: Target, name: (typeof CSV_COLUMNS)[number][1], words: CsvWords): unknown {
  if (name === 'province') return words.region(x);
  if (name === 'kind') return words.kind(x);
  if (name === 'clauseLabel') return words.clause(x);
  if (name === 'period') return x.period ? (x.period.label ?? `${x.period.from}–${x.period.to}`) : '';
  return x[name];
}

/**
 * The CSV of the rows as the screen shows them (its filters, its sort): a header row in the page's
 * language, then the machine names (the API's field names), then a line per row; with a BOM so that
 * spreadsheets read it as UTF-8.
 */
export function targetsCsv(rows: readonly Target[], words: CsvWords): string {
  const headings = CSV_COLUMNS.map(([key]) => field(words.heading(key))).join(',');
  const names = CSV_COLUMNS.map(([, name]) => name).join(',');
  const lines = rows.map((x) => CSV_COLUMNS.map(([, name]) => field(cell(x, name, words))).join(','));
  return `\ufeff${[headings, names, ...lines].join('\n')}\n`;
}
