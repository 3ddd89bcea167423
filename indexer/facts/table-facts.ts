// The facts of a table row: each year column's cell, measured by the row's name, in the row's unit.
import { unitOf } from '../analysis/units.ts';
import { findFigures } from '../figures/figures.ts';
import { metricHeadOf } from '../figures/metrics.ts';
import type { Clause, Fact } from '../store/schema.ts';
import type { TimeContext } from './fact-time.ts';
import { factKind, qualifiersOf } from './qualifiers.ts';

const NAME_COLUMN = /指标|名称|项目|内容/;
const UNIT_COLUMN = /^单位$/;
const YEAR = /^(19|20)\d\d(年)?$/;
const PLAIN_NUMBER = /[-+]?\d+(?:\.\d+)?/;

type Place = Pick<Fact, 'province' | 'city' | 'docId' | 'clauseId'>;

function cellsOf(clause: Clause): Array<{ column: string; value: string; start: number }> {
  const out: Array<{ column: string; value: string; start: number }> = [];
  let pos = 0;
  clause.text.split('\t').forEach((value, k) => {
    out.push({ column: clause.columns?.[k] ?? '', value, start: pos });
    pos += value.length + 1;
  });
  return out;
}

/**
 * The facts of a table row (a clause of kind `row` with column names): for every column headed by
 * a year, the figure in the cell (力争达到4000 -> 4000, 年均增长13% -> a growth rate), with the row's
 * name as its metric, the 单位 column's unit, the column's year; a year before the document's first
 * planned year is a figure reached, a later one a goal. Cells without a figure (--) give nothing.
 */
export function tableFacts(clause: Clause, place: Place, ctx: TimeContext): Fact[] {
  const cells = cellsOf(clause);
  const name =
    cells.find((c) => NAME_COLUMN.test(c.column)) ?? cells.find((c) => c.value.trim() && !PLAIN_NUMBER.test(c.value));
  const metric = (name?.value ?? '').replace(/\*+$/, '').trim();
  if (!metric) return [];
  const rowUnit = (cells.find((c) => UNIT_COLUMN.test(c.column))?.value ?? '').trim();
  const head = metricHeadOf(metric)?.head ?? '其他';
  const out: Fact[] = [];
  for (const cell of cells.filter((c) => YEAR.test(c.column.trim()))) {
    const year = Number(cell.column.trim().slice(0, 4));
    const number = PLAIN_NUMBER.exec(cell.value);
    if (!number) continue;
    const written = findFigures(cell.value).find((f) => f.kind !== 'year' && f.kind !== 'date');
    const unit = written?.unit || rowUnit;
    const value = Number(number[0]);
    const goal = year >= (ctx.start ?? (ctx.end ?? year) - 4);
    const growth = head === '增速' || /增长|增速/.test(cell.value);
    // The fact spans the whole cell (力争达到4000), so a highlight shows what the table says.
    const at = cell.start + (cell.value.length - cell.value.trimStart().length);
    out.push({
      ...place,
      start: at,
      end: cell.start + cell.value.trimEnd().length,
      metric,
      head: growth ? '增速' : head,
      text: cell.value.trim(),
      value,
      unit,
      scaled: value * (unitOf(unit)?.scale ?? 1),
      qualifiers: qualifiersOf(cell.value),
      year,
      kind: factKind(growth, goal),
      ...(growth ? { goal } : {}),
    });
  }
  return out;
}
