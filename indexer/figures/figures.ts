// Figures in Chinese text: amounts with units (1500亿元, 2户以上, 超百亿元, 17%), years and dates.
import { chineseNumeral } from '../analysis/chinese-numerals.ts';
import { MEASURING_UNITS, unitOf, type UnitKind } from '../analysis/units.ts';

/** What a figure measures, from its unit; or which kind of date it is. */
export type FigureKind = 'money' | 'count' | 'percent' | 'measure' | 'plain' | 'year' | 'date' | 'period';

/** A figure as written, with its offsets, value and unit. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  /** Exactly as written: `超200亿元`, `2户以上`, `2021年12月15日`. */
  readonly text: string;
  /** The number as written (the first of a range such as 2-3家); for a date, its year. */
  readonly value: number;
  /** The second number of a range (3 in 2-3家). */
  readonly upper?: number;
  readonly unit: string;
  readonly kind: FigureKind;
  /** The value in base units: yuan for money (1500亿元 -> 1.5e11), ones for counts (2万人 -> 20000). */
  readonly scaled: number;
  /** 超, 近, 约… before the number; 以上, 左右… after the unit; joined by `…` when both. */
  readonly qualifier?: string;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const CN_NUMBER = '[一二两三四五六七八九十百千]+';
const UNIT_NAMES = MEASURING_UNITS.map((u) => escape(u.zh)).join('|');
const BEFORE = '超过|超|近|约|逾|突破|不低于|不少于';
const AFTER = '及以上|以上|左右|以内|以下|余';
// A number, a range (2-3家), 余 or 多 (300余家), a unit, qualifiers; spaces inside (2150.71 亿元) allowed.
const AMOUNT = new RegExp(
  String.raw`(${BEFORE})?(${NUMBER})(?:\s*[-—–~至]\s*(${NUMBER}))?\s*(?:余|多)?\s*(${UNIT_NAMES})?(${AFTER})?`,
  'g',
);
// Chinese-numeral amounts are read only with a money unit (百亿元, 超千亿): 百强 or 五年 are not amounts.
// After 超 or 过 the numeral may be left out: 超亿元 is over one 亿元.
const CN_AMOUNT = new RegExp(`(${BEFORE}|过)?(${CN_NUMBER})?(万亿元|亿元|万元|亿|万)(${AFTER})?`, 'g');
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
const PERIOD = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?/g;
const YEAR = /(\d{4})\s*年/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
}

/** True when `word` is a unit of measure or currency (亿元, 家, %), which says nothing by itself. */
export function isUnit(word: string): boolean {
  const unit = unitOf(word);
  return unit !== undefined && unit.kind !== 'time' && unit.kind !== 'magnitude';
}

function kindOf(unit: string): FigureKind {
  const kind: UnitKind | undefined = unitOf(unit)?.kind;
  if (kind === 'money' || kind === 'percent' || kind === 'count' || kind === 'measure') return kind;
  return 'plain';
}

function scaledOf(value: number, unit: string): number {
  return value * (unitOf(unit)?.scale ?? 1);
}

function qualifierOf(before: string | undefined, after: string | undefined): { qualifier?: string } {
  const qualifier = [before, after].filter(Boolean).join('…');
  return qualifier ? { qualifier } : {};
}

/** A collector that keeps figures from overlapping: the first reading of a span wins. */
function collector() {
  const taken: Array<[number, number]> = [];
  const out: Figure[] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (f: Figure) => {
    if (!free(f.start, f.end)) return;
    out.push(f);
    taken.push([f.start, f.end]);
  };
  return { out, free, add };
}

function dateLike(text: string, add: (f: Figure) => void): void {
  const at = (m: RegExpMatchArray) => ({
    start: m.index as number,
    end: (m.index as number) + m[0].length,
    text: m[0],
  });
  for (const m of text.matchAll(DATE))
    add({ ...at(m), value: Number(m[1]), unit: '年', kind: 'date', scaled: Number(m[1]) });
  for (const m of text.matchAll(PERIOD)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from >= 1949 && to > from && to - from <= 20)
      add({ ...at(m), value: to, unit: '年', kind: 'period', scaled: to });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= 1949 && year <= 2100) add({ ...at(m), value: year, unit: '年', kind: 'year', scaled: year });
  }
}

function arabicAmounts(text: string, free: (s: number, e: number) => boolean, add: (f: Figure) => void): void {
  for (const m of text.matchAll(AMOUNT)) {
    const [raw, before, number, upper, unit = '', after] = m;
    const whole = raw.trimEnd();
    // Part of a longer number, a code (PD-1, 5G) or a heading label (1. 2、) is not an amount.
    const prev = text[m.index - 1] ?? '';
    const next = text[m.index + whole.length] ?? '';
    if (/[\d.A-Za-z-]/.test(prev) || /[A-Za-z]/.test(next) || (!unit && /^[.、．]/.test(next))) continue;
    const start = m.index;
    const end = m.index + whole.length;
    if (!free(start, end)) continue;
    const value = Number(number);
    add({
      start,
      end,
      text: whole,
      value,
      ...(upper ? { upper: Number(upper) } : {}),
      unit,
      kind: kindOf(unit),
      scaled: scaledOf(value, unit),
      ...qualifierOf(before, after),
    });
  }
}

function chineseAmounts(text: string, add: (f: Figure) => void): void {
  for (const m of text.matchAll(CN_AMOUNT)) {
    const [whole, before, numeral = '', unit = '', after] = m;
    if (!numeral && !before) continue;
    const value = numeral ? chineseNumeral(numeral.replace(/^(?=[百千])/, '一')) : 1;
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = m.index;
    add({
      start,
      end: start + whole.length,
      text: whole,
      value,
      unit,
      kind: 'money',
      scaled: scaledOf(value, unit),
      ...qualifierOf(before, after),
    });
  }
}

/**
 * Every figure of `text`, in order: dates (2021年12月15日), periods (2023-2026年), years (2025年)
 * and amounts with their units and qualifiers, in Arabic figures or in Chinese numerals with a
 * money unit (百亿元). A year is never read as an amount.
 * @example findFigures('营业收入力争达到1500亿元')[0]
 *   -> { text: '1500亿元', value: 1500, unit: '亿元', kind: 'money', scaled: 150000000000 }
 */
export function findFigures(text: string): Figure[] {
  const { out, free, add } = collector();
  dateLike(text, add);
  arabicAmounts(text, free, add);
  chineseAmounts(text, add);
  return out.sort((a, b) => a.start - b.start);
}
