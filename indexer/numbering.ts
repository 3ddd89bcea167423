// Heading numbering labels (一、 （一） 1. （1） ① 第一章 第一条…) read through the table in data/numbering.json.
import { readFileSync } from 'node:fs';
import { chineseNumeral } from './analysis/chinese-numerals.ts';

export { chineseNumeral } from './analysis/chinese-numerals.ts';

/** A numbering style; headings of one style are siblings, whatever their markdown depth. */
export type NumberingStyle =
  'part' | 'subpart' | 'chapter' | 'section' | 'article' | 'cn' | 'pcn' | 'ar' | 'par' | 'circled';

/**
 * What a numbering does in a document: a `division` (编 章 节) groups articles and is no part of a
 * clause's label; an `article` (条) has no title, its line being its first paragraph; a `heading` has
 * a title and may go on into text.
 */
export type NumberingRole = 'division' | 'article' | 'heading';

/** A numbering label found at the start of a line. */
export interface Numbering {
  readonly style: NumberingStyle;
  readonly role: NumberingRole;
  /** The label as written, trimmed: `三、`, `（二）`, `7.`. */
  readonly label: string;
  /** The number as written, without its brackets or marks: `二`, `7`. */
  readonly number: string;
  readonly value: number;
  /** Length of the label and the spaces after it. */
  readonly length: number;
  /** How the label is cited inside an article (`第（二）项`), for the styles that are items there. */
  readonly cite?: string;
}

interface StyleRow {
  readonly style: NumberingStyle;
  readonly role: NumberingRole;
  readonly pattern: string;
  readonly inArticle?: string;
  readonly cite?: string;
}
const TABLE = JSON.parse(readFileSync(new URL('./data/numbering.json', import.meta.url), 'utf8')) as {
  styles: StyleRow[];
  numerals: string;
  figuresAfterDi: string;
};
const STYLES = TABLE.styles.map((row) => ({
  ...row,
  re: new RegExp(
    `${row.pattern.replace('(n)', row.pattern.startsWith('^第') ? `(${TABLE.numerals}|${TABLE.figuresAfterDi})` : `(${TABLE.numerals})`)}[\\s\\u3000]*`,
  ),
}));

// ① is 1; 12 is 12; 十二 is 12.
function numberingValue(style: NumberingStyle, raw: string): number {
  if (style === 'circled') return raw.charCodeAt(0) - 0x245f;
  return /\d/.test(raw) ? Number(raw) : chineseNumeral(raw);
}

/**
 * The numbering label at the start of `line`, if any, with its style and role from
 * `data/numbering.json`. A label alone on a line is none (a heading has words after its number).
 * @example readNumbering('第九十八条 禁止生产假药。')?.role === 'article'
 */
export function readNumbering(line: string): Numbering | undefined {
  for (const row of STYLES) {
    const m = row.re.exec(line);
    if (!m) continue;
    const raw = m[1] as string;
    const value = numberingValue(row.style, raw);
    if (!Number.isFinite(value) || value <= 0 || value > (row.role === 'heading' ? 200 : 2000)) return undefined;
    const rest = line.slice(m[0].length);
    if (rest.length === 0) return undefined;
    return {
      style: row.style,
      role: row.role,
      label: m[0].replace(/[\s\u3000]+/g, ''),
      number: raw,
      value,
      length: m[0].length,
      ...(row.cite ? { cite: row.cite.replace('{n}', raw).replace('{v}', String(value)) } : {}),
    };
  }
  return undefined;
}
