// Clause and heading numbers as people cite them: 一、（二）7. and its English, paragraphs, table rows, parts.

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// A number written in Chinese numerals up to 99 (二十三 -> 23), or in figures.
function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return DIGITS[s] ?? 0;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? 0);
  return tens * 10 + (DIGITS[s.slice(ten + 1)] ?? 0);
}

// One level of a numbering label, and how it reads in English in a citation and in a heading.
const LEVELS: ReadonlyArray<{ pattern: RegExp; cite: (n: number) => string; heading: (n: number) => string }> = [
  { pattern: /^([一二三四五六七八九十]+)、/u, cite: (n) => `part ${n}`, heading: (n) => `${n}.` },
  { pattern: /^[（(]([一二三四五六七八九十]+)[）)]/u, cite: (n) => `section (${n})`, heading: (n) => `(${n})` },
  { pattern: /^[（(](\d+)[）)]/u, cite: (n) => `point (${n})`, heading: (n) => `(${n})` },
  { pattern: /^(\d+)[.．、]/u, cite: (n) => `item ${n}`, heading: (n) => `${n}.` },
  { pattern: /^专栏\s*(\d+)/u, cite: (n) => `box ${n}`, heading: (n) => `Box ${n}` },
  { pattern: /^表\s*(\d+)/u, cite: (n) => `table ${n}`, heading: (n) => `Table ${n}` },
  { pattern: /^([一二三四五六七八九十]+)是/u, cite: (n) => `point ${n}`, heading: (n) => `(${n})` },
];

function levels(label: string): Array<{ cite: string; heading: string }> {
  const out: Array<{ cite: string; heading: string }> = [];
  let rest = label.trim();
  while (rest) {
    const level = LEVELS.find((l) => l.pattern.test(rest));
    const m = level?.pattern.exec(rest);
    if (!level || !m) break;
    const n = chineseNumber(m[1] as string);
    out.push({ cite: level.cite(n), heading: level.heading(n) });
    rest = rest.slice(m[0].length).trim();
  }
  return out;
}

/**
 * A heading's number in English, as written in an English outline.
 * @example headingNumberEn('（二）') -> '(2)'; headingNumberEn('专栏4') -> 'Box 4'
 */
export function headingNumberEn(label: string): string {
  return levels(label)
    .map((l) => l.heading)
    .join(' ');
}

/** What a citation needs to name a clause: its id and its numbering label. */
export interface Numbered {
  readonly id: string;
  readonly label: string;
}

const SPECIAL_ZH: Readonly<Record<string, string>> = { preamble: '序言', header: '文头', closing: '落款' };
const SPECIAL_EN: Readonly<Record<string, string>> = {
  preamble: 'preamble',
  header: 'heading',
  closing: 'closing signature',
};

// The parts of a clause id after the document: 1.1.p3, table1.r5, 3.1.2#2, preamble.p1.
function idParts(id: string): { special?: string; paragraph?: number; row?: number; part?: number } {
  const path = id.slice(id.indexOf('/') + 1);
  const special = /^(preamble|header|closing)\b/.exec(path)?.[1];
  const paragraph = /\.p(\d+)(?:#\d+)?$/.exec(path)?.[1];
  const row = /\.r(\d+)(?:#\d+)?$/.exec(path)?.[1];
  const part = /#(\d+)$/.exec(path)?.[1];
  return {
    ...(special ? { special } : {}),
    ...(paragraph ? { paragraph: Number(paragraph) } : {}),
    ...(row ? { row: Number(row) } : {}),
    ...(part ? { part: Number(part) } : {}),
  };
}

/**
 * The clause as a Chinese citation names it: its label, and the paragraph, table row or part
 * that the label alone does not identify.
 * @example citeLabelZh({ id: 'zhejiang-2021/1.1.p3', label: '一、（一）' }) -> '一、（一）第3段'
 */
export function citeLabelZh(c: Numbered): string {
  const p = idParts(c.id);
  let out = c.label || (p.special ? (SPECIAL_ZH[p.special] ?? '') : '');
  if (p.special === 'closing') return out;
  if (p.paragraph) out += `第${p.paragraph}段`;
  if (p.row) out += `第${p.row}行`;
  if (p.part) out += `（第${p.part}部分）`;
  return out || c.id;
}

/**
 * The same in English.
 * @example citeLabelEn({ id: 'jilin-2021/3.2.7', label: '三、（二）7.' }) -> 'part 3, section (2), item 7'
 */
export function citeLabelEn(c: Numbered): string {
  const p = idParts(c.id);
  const out = levels(c.label).map((l) => l.cite);
  if (out.length === 0 && p.special) out.push(SPECIAL_EN[p.special] ?? p.special);
  if (p.special !== 'closing') {
    if (p.paragraph) out.push(`paragraph ${p.paragraph}`);
    if (p.row) out.push(`row ${p.row}`);
    if (p.part) out.push(`part ${p.part} of the clause`);
  }
  return out.length > 0 ? out.join(', ') : c.id;
}
