// What a line of a policy document is, from its text alone: a sentence end, a box, a caption, a row.
import { readNumbering } from './numbering.ts';
import type { Span } from './store/schema.ts';

/** A line of a text and where it stands in it (its newline not included). */
export interface Line extends Span {
  readonly text: string;
}

/** The lines of `text`, split at newlines, with their offsets. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const t of text.split('\n')) {
    out.push({ text: t, start, end: start + t.length });
    start += t.length + 1;
  }
  return out;
}

/** A line that ends a sentence (closing quotes and brackets may follow the mark). */
export const SENTENCE_END = /[。！？；：:;!?][”’」』）)】]*$/;
/** A boxed column's label: `专栏2 关键核心技术攻关方向`. */
export const BOX = /^专栏[\s\u3000]*(\d{1,3})[\s\u3000]*/;
/** A table's caption: `表 1 “十三五”时期…主要经济指标` (not `表1.5`). */
export const TABLE_CAPTION = /^表[\s\u3000]*(\d{1,3})(?![\d.])[\s\u3000]*/;
const FIGURE_OR_ANNEX = /^(?:图|附件|附表)[\s\u3000]*\d{1,3}(?![\d.])/;
/** An attachment's marker, alone or before the attachment's title: `附件`, `附件2：`, `附件：《…》`. */
export const ANNEX = /^[\s\u3000]*附件[\s\u3000]*\d{0,2}[\s\u3000]*(?:[:：]|$)[\s\u3000]*/;
const BULLET = /^(?:——|[—•●◆■□▪·])/;
// A record that opens with its date: a law's history line (2020年10月17日 第十三届…通过), a dated entry.
const DATED = /^\d{4}[\s\u3000]*年[\s\u3000]*\d{1,2}[\s\u3000]*月[\s\u3000]*\d{1,2}[\s\u3000]*日[\s\u3000]+\S/;

/** A table row: three or more tab-separated cells. */
export function isTableRow(line: string): boolean {
  return line.split('\t').length >= 3;
}

/**
 * Whether a line opens a block of its own, so that it can never continue the line before it: a
 * numbered heading, a boxed column, a table, figure or annex caption, a bullet, a table row, a line
 * that opens with a date and a space (a law's history line).
 */
export function opensBlock(line: string): boolean {
  return (
    readNumbering(line) !== undefined ||
    BOX.test(line) ||
    TABLE_CAPTION.test(line) ||
    FIGURE_OR_ANNEX.test(line) ||
    ANNEX.test(line) ||
    BULLET.test(line) ||
    DATED.test(line) ||
    isTableRow(line)
  );
}
