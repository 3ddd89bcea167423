// Figures in Chinese text: amounts with units (1500亿元, 2户以上, 超200亿元, 17%), years and dates.

/** What a figure measures, from its unit. */
export type FigureKind = 'money' | 'count' | 'percent' | 'plain' | 'year' | 'date' | 'period';

/** A figure as written, with its offsets, value and unit. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  /** Exactly as written: `超200亿元`, `2户以上`, `2021年12月15日`. */
  readonly text: string;
  /** The number (the first of a range such as 2-3家); for a date, its year. */
  readonly value: number;
  readonly unit: string;
  readonly kind: FigureKind;
  /** 超, 近, 约… before the number; 以上, 左右… after the unit. */
  readonly qualifier?: string;
}

const MONEY = ['万亿元', '亿美元', '万美元', '亿元', '万元', '元', '亿', '万'];
const PERCENT = ['个百分点', '%', '％'];
const COUNT = [
  '个',
  '家',
  '户',
  '项',
  '种',
  '倍',
  '吨',
  '万吨',
  '亩',
  '万亩',
  '人',
  '名',
  '万人',
  '款',
  '台',
  '套',
  '座',
  '所',
  '条',
  '批',
  '次',
  '例',
  '件',
  '张',
  '位',
  '支',
  '剂',
  '类',
  '期',
  '届',
];
const UNITS = [...MONEY, ...PERCENT, ...COUNT].sort((a, b) => b.length - a.length);
const NUMBER = String.raw`\d+(?:\.\d+)?`;
// 超/近/约 before, a range (2-3家), a unit, 以上/左右 after. Spaces inside (003: 2150.71 亿元) allowed.
const AMOUNT = new RegExp(
  String.raw`(超过|超|近|约|逾|突破|不低于|不少于)?(${NUMBER})(?:\s*[-—–~至]\s*(${NUMBER}))?\s*(${UNITS.map(escape).join('|')})?(及以上|以上|左右|以内|以下|余)?`,
  'g',
);
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
const PERIOD = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?/g;
const YEAR = /(\d{4})\s*年/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
}

/** True when `word` is a unit of measure or currency (亿元, 家, %), which says nothing by itself. */
export function isUnit(word: string): boolean {
  return UNITS.includes(word);
}

function kindOf(unit: string): FigureKind {
  if (MONEY.includes(unit)) return 'money';
  if (PERCENT.includes(unit)) return 'percent';
  if (COUNT.includes(unit)) return 'count';
  return 'plain';
}

/**
 * Every figure of `text`, in order: dates (2021年12月15日), periods (2023-2026年), years (2025年)
 * and amounts with their units and qualifiers. A year is never read as an amount.
 * @example findFigures('营业收入力争达到1500亿元')[0] -> { text: '1500亿元', value: 1500, unit: '亿元', kind: 'money' }
 */
export function findFigures(text: string): Figure[] {
  const taken: Array<[number, number]> = [];
  const out: Figure[] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (f: Figure) => {
    if (free(f.start, f.end)) {
      out.push(f);
      taken.push([f.start, f.end]);
    }
  };
  for (const m of text.matchAll(DATE))
    add({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[1]), unit: '年', kind: 'date' });
  for (const m of text.matchAll(PERIOD)) {
    const from = Number(m[1]),
      to = Number(m[2]);
    if (from >= 1949 && to > from && to - from <= 20)
      add({ start: m.index, end: m.index + m[0].length, text: m[0], value: to, unit: '年', kind: 'period' });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= 1949 && year <= 2100)
      add({ start: m.index, end: m.index + m[0].length, text: m[0], value: year, unit: '年', kind: 'year' });
  }
  for (const m of text.matchAll(AMOUNT)) {
    const [raw, before, number, , unit = '', after] = m;
    const whole = raw.trimEnd();
    // Part of a longer number, a code (PD-1, 5G) or a heading label (1. 2、) is not an amount.
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + whole.length] ?? '';
    if (/[\d.A-Za-z-]/.test(prev) || /[A-Za-z]/.test(next) || (!unit && /^[.、．]/.test(next))) continue;
    const start = m.index,
      end = m.index + whole.length;
    if (!free(start, end)) continue;
    const qualifier = [before, after].filter(Boolean).join('…');
    add({
      start,
      end,
      text: whole,
      value: Number(number),
      unit,
      kind: kindOf(unit),
      ...(qualifier ? { qualifier } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
