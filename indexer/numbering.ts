// Heading numbering labels: 一、 （一） (一) 1. 1、 1． （1） ① 第一章 第一条, and their values.
import { chineseNumeral } from './analysis/chinese-numerals.ts';

export { chineseNumeral } from './analysis/chinese-numerals.ts';

/** A numbering style; headings of one style are siblings, whatever their markdown depth. */
export type NumberingStyle = 'chapter' | 'section' | 'article' | 'cn' | 'pcn' | 'ar' | 'par' | 'circled';

/** A numbering label found at the start of a line. */
export interface Numbering {
  readonly style: NumberingStyle;
  /** The label as written, trimmed: `三、`, `（二）`, `7.`. */
  readonly label: string;
  readonly value: number;
  /** Length of the label and the spaces after it. */
  readonly length: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const PATTERNS: ReadonlyArray<{ style: NumberingStyle; re: RegExp }> = [
  { style: 'chapter', re: new RegExp(`^第(${CN})章[\\s\\u3000]*`) },
  { style: 'section', re: new RegExp(`^第(${CN})节[\\s\\u3000]*`) },
  { style: 'article', re: new RegExp(`^第(${CN})条[\\s\\u3000]*`) },
  { style: 'cn', re: new RegExp(`^(${CN})[\\s\\u3000]*、[\\s\\u3000]*`) },
  { style: 'pcn', re: new RegExp(`^[（(][\\s\\u3000]*(${CN})[\\s\\u3000]*[）)][\\s\\u3000]*`) },
  { style: 'ar', re: /^(\d{1,3})[\s\u3000]*[.、．](?![\d.．])[\s\u3000]*/ },
  { style: 'par', re: /^[（(][\s\u3000]*(\d{1,3})[\s\u3000]*[）)][\s\u3000]*/ },
  { style: 'circled', re: /^([\u2460-\u2473])[\s\u3000]*/ },
];

// ① is 1; 12 is 12; 十二 is 12.
function numberingValue(style: NumberingStyle, raw: string): number {
  if (style === 'circled') return raw.charCodeAt(0) - 0x245f;
  return /\d/.test(raw) ? Number(raw) : chineseNumeral(raw);
}

/** The numbering label at the start of `line`, if any. */
export function readNumbering(line: string): Numbering | undefined {
  for (const { style, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const raw = m[1] as string;
    const value = numberingValue(style, raw);
    if (!Number.isFinite(value) || value <= 0 || value > 200) return undefined;
    // A label alone on a line, or followed by a figure (1、2020年), is not a heading.
    const rest = line.slice(m[0].length);
    if (rest.length === 0) return undefined;
    return { style, label: m[0].replace(/[\s\u3000]+/g, ''), value, length: m[0].length };
  }
  return undefined;
}
