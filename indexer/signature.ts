// The closing signature of a document: the issuing bodies and the date, as its last lines state them.

/** A document's signature: who issued it and when, and how many lines (from the end) it takes. */
export interface Signature {
  readonly issuers: readonly string[];
  /** ISO `YYYY-MM-DD`. */
  readonly issued: string;
  /** The signature's lines, counted from the last non-blank line of the text. */
  readonly lines: number;
}

const DATE = /^(\d{4})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月[\s\u3000]*(\d{1,2})[\s\u3000]*日$/;
const CN_DATE = /^([〇零一二三四五六七八九○]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
/** The name of an issuing body ends in one of these. */
export const ISSUER = /(?:办公厅|办公室|人民政府|委员会|省委|市委|局|厅|部|委|政府)$/;
// A note such as （此件公开发布） may stand after the date.
const NOTE = /^[（(][^（()）]{1,20}[）)]$/;
const MAX_ISSUERS = 4;
const ISSUER_MAX = 40;

/**
 * Reads a date as official documents write it, in figures or in Chinese numerals.
 * @example issueDate('2021年12月15日') === '2021-12-15'; issueDate('二〇二一年十二月十五日') === '2021-12-15'
 */
export function issueDate(line: string): string | undefined {
  const m = DATE.exec(line.trim());
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = CN_DATE.exec(line.trim().replace(/\s+/g, ''));
  if (!c) return undefined;
  const year = Number([...(c[1] as string)].map((d) => String(digit(d))).join(''));
  return iso(year, numeral(c[2] as string), numeral(c[3] as string));
}

/**
 * The signature at the end of `lines` (or at the end of a distribution header): a date line,
 * possibly with the issuer on the same line (`吉林省人民政府办公厅 2021年12月15日`), after up to
 * four lines naming issuing bodies; a short note in brackets may follow the date.
 * @param lines the lines to look at, in order; blank lines are skipped
 */
export function findSignature(lines: readonly string[]): Signature | undefined {
  const texts = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  let end = texts.length - 1;
  if (end >= 0 && NOTE.test(texts[end] as string)) end--;
  const last = texts[end];
  if (last === undefined) return undefined;
  const inline = /^(.{2,40}?)[\s\u3000]+(\S.*)$/.exec(last);
  let issued = issueDate(last);
  const issuers: string[] = [];
  if (!issued && inline && ISSUER.test(inline[1] as string)) {
    issued = issueDate(inline[2] as string);
    if (issued) issuers.push(inline[1] as string);
  }
  if (!issued) return undefined;
  let k = end - 1;
  for (; k >= 0 && issuers.length < MAX_ISSUERS; k--) {
    const line = texts[k] as string;
    if (line.length > ISSUER_MAX || !ISSUER.test(line) || /[，。；：]/.test(line)) break;
    issuers.unshift(line);
  }
  return { issuers, issued, lines: texts.length - 1 - k };
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1949 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function digit(ch: string): number {
  return '〇一二三四五六七八九'.indexOf(ch === '零' || ch === '○' ? '〇' : ch);
}

function numeral(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + digit(s.slice(1));
  if (s.endsWith('十')) return digit(s.slice(0, -1)) * 10;
  if (s.includes('十')) return digit(s.charAt(0)) * 10 + digit(s.slice(-1));
  return digit(s);
}
