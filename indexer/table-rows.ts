// A table row's cells paired with their column names, and the row as one can read it out of context.

/** One cell of a table row under its column's name. */
export interface Cell {
  readonly column: string;
  readonly value: string;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?%?$/;

/** The cells of a row (its text, tab-separated) under the table's column names, in order. */
export function rowCells(columns: readonly string[], row: string): Cell[] {
  return row.split('\t').map((value, k) => ({ column: columns[k] ?? '', value: value.trim() }));
}

/**
 * Which column names a row: the first column that is not a running number (1, 2, 3 …) and whose
 * cells are all filled, not figures, and all different. Undefined when no column is such.
 * @param rows every row of the table, as cells
 */
export function nameColumn(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): number | undefined {
  for (let k = 0; k < columns.length; k++) {
    const values = rows.map((r) => r[k]?.value ?? '');
    if (isRunningNumber(values)) continue;
    if (values.every((v) => v.length > 0 && !NUMBER.test(v)) && new Set(values).size === values.length) return k;
  }
  return undefined;
}

/**
 * A row as one reads it out of its table: its name, then every other filled cell with its column's
 * name; a running-number column is left out, and so are footnote marks after the name.
 * @param skip a running-number column to leave out
 * @example rowDisplay(rowCells(['序号', '指标名称', '2020', '2025'], '4\t创新药生产批件*\t6\t10'), 1, 0)
 *   === '创新药生产批件 — 2020: 6, 2025: 10'
 */
export function rowDisplay(cells: readonly Cell[], name: number | undefined, skip?: number): string {
  const pairs = cells
    .filter((c, k) => k !== name && k !== skip && c.value.length > 0)
    .map((c) => (c.column ? `${c.column}: ${c.value}` : c.value));
  const head = name !== undefined ? (cells[name]?.value ?? '').replace(/\*+$/, '') : '';
  if (!head) return pairs.join(', ');
  return pairs.length > 0 ? `${head} — ${pairs.join(', ')}` : head;
}

/** The column holding the rows' running numbers (1, 2, 3 …), if there is one. */
export function runningNumberColumn(
  columns: readonly string[],
  rows: ReadonlyArray<readonly Cell[]>,
): number | undefined {
  const k = columns.findIndex((_, c) => isRunningNumber(rows.map((r) => r[c]?.value ?? '')));
  return k >= 0 ? k : undefined;
}

function isRunningNumber(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v, k) => v === String(k + 1));
}
