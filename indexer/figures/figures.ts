// Figures in Chinese text: amounts with units (1500亿元, 2户以上, 超百亿元, 17%), years and dates.
import { chineseNumeral } from '../analysis/chinese-numerals.ts';
import { MEASURING_UNITS, unitOf, type UnitKind } from '../analysis/units.ts';
import { FIGURE_CUES } from './cues.ts';
import { PLAN_PERIODS } from './plan-periods.ts';

/** What a figure measures, from its unit; or which kind of date it is. */
export type FigureKind = 'money' | 'count' | 'percent' | 'measure' | 'duration' | 'plain' | 'year' | 'date' | 'period';

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
// Longer words first where one ends another: 不超过 (at most) is not 超过 (over).
const BEFORE = '不超过|不高于|不多于|至多|超过|超|近|约|逾|突破|不低于|不少于';
const AFTER = '及以上|以上|左右|以内|以下|余';
// A number, a range (2-3家), 余 or 多 (300余家), a unit, qualifiers; spaces inside (2150.71 亿元) allowed.
const AMOUNT = new RegExp(
  String.raw`(${BEFORE})?(${NUMBER})(?:\s*[-—–~至]\s*(${NUMBER}))?\s*(?:余|多)?\s*(${UNIT_NAMES})?(${AFTER})?`,
  'g',
);
// Chinese-numeral amounts are read only with a money unit (百亿元, 超千亿): 百强 or 五年 are not amounts.
// After 超 or 过 the numeral may be left out: 超亿元 is over one 亿元.
const CN_AMOUNT = new RegExp(`(${BEFORE}|过)?(${CN_NUMBER})?(万亿元|亿元|万元|亿|万|元|倍)(${AFTER})?`, 'g');
// Counts in Chinese numerals (四十人以上, 不超过两届, 二十家, 九至十五人): read only with a qualifier, a
// range or a numeral of two characters or more, since a bare 一个, 三医 or 五禽戏 names a thing rather than counts it.
const COUNT_UNITS = MEASURING_UNITS.filter((u) => u.kind === 'count' && u.zh !== '倍')
  .map((u) => escape(u.zh))
  .sort((a, b) => b.length - a.length)
  .join('|');
const CN_COUNT = new RegExp(`(${BEFORE})?(${CN_NUMBER})(?:[至到~—-](${CN_NUMBER}))?(${COUNT_UNITS})(${AFTER})?`, 'g');
// 百分之五十, 百分之20: a share written out.
const CN_PERCENT = new RegExp(`百分之(${CN_NUMBER}|${NUMBER})`, 'g');
// A length of time (有效期为5年, 六十日内, 30个工作日); not a day or month of a date (5月1日, 第3年).
const DURATION = new RegExp(
  `(${BEFORE})?(${NUMBER}|${CN_NUMBER})\\s*(${FIGURE_CUES.durations.map(escape).join('|')})(内|以内|之内|${AFTER})?`,
  'g',
);
// Two figures of a range: 1万元以上5万元以下, 二倍以上十倍以下, 90个工作日至30个工作日.
const RANGE_JOIN = /^(?:至|到|—|-|~)?$/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
const PERIOD = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年?/g;
const YEAR = /(\d{4})\s*年/g;

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
}

/** True when `word` is a unit of measure or currency (亿元, 家, %), which says nothing by itself. */
export function isUnit(word: string): boolean {
  const unit = unitOf(word);
  return unit !== undefined && unit.kind !== 'time' && unit.kind !== 'magnitude';
}

/** True when `unit` measures a length of time (年, 个月, 个工作日). */
export function isDuration(unit: string): boolean {
  return FIGURE_CUES.durations.includes(unit);
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
  const reserve = (s: number, e: number) => taken.push([s, e]);
  return { out, free, add, reserve };
}

// A plan period's name written without quotes (十四五期间) is a time, not a count (十四 and 五期):
// its characters are no figure's.
function planPeriodNames(text: string, reserve: (s: number, e: number) => void): void {
  for (const { label } of PLAN_PERIODS)
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length))
      reserve(at, at + label.length);
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

function numberOf(written: string): number {
  return /\d/.test(written) ? Number(written) : chineseNumeral(written.replace(/^(?=[百千])/, '一'));
}

function durations(text: string, add: (f: Figure) => void): void {
  for (const m of text.matchAll(DURATION)) {
    const [whole, before, number = '', unit = '', after] = m;
    const prev = text[m.index - 1] ?? '';
    if (/[\d.月年第]/.test(prev) || (unit === '日' && /^[\d]/.test(text.slice(m.index + whole.length)))) continue;
    const value = numberOf(number);
    if (!Number.isFinite(value) || value <= 0) continue;
    add({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value,
      unit,
      kind: 'duration',
      scaled: value,
      ...qualifierOf(before, after),
    });
  }
}

function chinesePercents(text: string, add: (f: Figure) => void): void {
  for (const m of text.matchAll(CN_PERCENT)) {
    const value = numberOf(m[1] as string);
    if (!Number.isFinite(value)) continue;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], value, unit: '%', kind: 'percent', scaled: value });
  }
}

// 1万元以上5万元以下 is one figure, a range with both ends: the fines and multiples of laws.
function ranges(text: string, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    const joined =
      prev &&
      prev.kind === f.kind &&
      prev.upper === undefined &&
      RANGE_JOIN.test(text.slice(prev.end, f.start)) &&
      (/以上$/.test(prev.qualifier ?? '') || text.slice(prev.end, f.start) !== '') &&
      (prev.kind === 'money' || prev.kind === 'count' || prev.kind === 'duration' || prev.kind === 'percent');
    if (joined && prev) {
      out[out.length - 1] = {
        ...prev,
        end: f.end,
        text: text.slice(prev.start, f.end),
        // In the first figure's unit: 三千元以上二万元以下 is 3000 to 20000 元.
        upper: f.unit === prev.unit || prev.value === 0 ? f.value : f.scaled / (prev.scaled / prev.value),
        qualifier: [prev.qualifier, f.qualifier].filter(Boolean).join('…'),
      };
    } else out.push(f);
  }
  return out;
}

function chineseAmounts(text: string, add: (f: Figure) => void): void {
  for (const m of text.matchAll(CN_AMOUNT)) {
    const [whole, before, numeral = '', unit = '', after] = m;
    if (!numeral && !before) continue;
    // 元 and 倍 need a numeral before them (多元化, 加倍 are not amounts).
    if (!numeral && (unit === '元' || unit === '倍')) continue;
    const value = numeral ? chineseNumeral(numeral.replace(/^(?=[百千])/, '一')) : 1;
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = m.index;
    add({
      start,
      end: start + whole.length,
      text: whole,
      value,
      unit,
      kind: unit === '倍' ? 'count' : 'money',
      scaled: scaledOf(value, unit),
      ...qualifierOf(before, after),
    });
  }
}

function chineseCounts(text: string, add: (f: Figure) => void): void {
  for (const m of text.matchAll(CN_COUNT)) {
    const [whole, before, numeral = '', upper, unit = '', after] = m;
    if (!before && !after && !upper && numeral.length < 2) continue;
    // An ordinal (第二届) or a part of a longer numeral is not a count.
    if (/[第\d]/.test(text[m.index - 1] ?? '')) continue;
    const value = numberOf(numeral);
    const top = upper ? numberOf(upper) : undefined;
    if (!Number.isFinite(value) || value <= 0) continue;
    add({
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value,
      ...(top !== undefined && Number.isFinite(top) ? { upper: top } : {}),
      unit,
      kind: 'count',
      scaled: scaledOf(value, unit),
      ...qualifierOf(before, after),
    });
  }
}

/**
 * Every figure of `text`, in order: dates (2021年12月15日), periods (2023-2026年), years (2025年),
 * lengths of time (有效期为5年, 六十日内), and amounts with their units and qualifiers, in Arabic
 * figures or in Chinese numerals with a money unit or 倍 (百亿元, 五万元, 三倍), or with a count unit and
 * a qualifier or a numeral of two characters (四十人以上, 不超过两届, 二十家); two amounts that
 * bound a range (1万元以上5万元以下, 二倍以上十倍以下) are one figure. A year is never read as an amount.
 * @example findFigures('营业收入力争达到1500亿元')[0]
 *   -> { text: '1500亿元', value: 1500, unit: '亿元', kind: 'money', scaled: 150000000000 }
 */
export function findFigures(text: string): Figure[] {
  const { out, free, add, reserve } = collector();
  planPeriodNames(text, reserve);
  dateLike(text, add);
  chinesePercents(text, add);
  durations(text, add);
  arabicAmounts(text, free, add);
  chineseAmounts(text, add);
  chineseCounts(text, add);
  return ranges(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}
