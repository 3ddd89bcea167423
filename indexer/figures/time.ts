// Time references in text: dates, years, year ranges, and five-year plan periods with their ends.
import { PERIOD_END_WORDS, PERIOD_SPAN_WORDS, PLAN_PERIODS } from './plan-periods.ts';

/** A time a text refers to. */
export interface TimeRef {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `point`: one year (2025年, 十四五末); `span`: several years (2023-2026年, 十三五期间). */
  readonly kind: 'point' | 'span';
  /** The year of a point; the last year of a span. */
  readonly year: number;
  /** The first year of a span. */
  readonly from?: number;
  /** The plan period named, if any (十四五). */
  readonly plan?: string;
  /** The word before, which tells a deadline (到, 至) from a past point (截至, 于). */
  readonly lead?: string;
}

const LEAD = '(到|至|截至|截止|于|在)?\\s*';
const DATE = new RegExp(`${LEAD}(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日|底|末)?`, 'g');
const RANGE = new RegExp(`${LEAD}(\\d{4})\\s*[-—–~至到]\\s*(\\d{4})\\s*年?`, 'g');
const YEAR = new RegExp(`${LEAD}(\\d{4})\\s*年(?:底|末|前)?`, 'g');
const LABELS = PLAN_PERIODS.map((p) => p.label).join('|');
const PLAN = new RegExp(
  `${LEAD}[“"]?(${LABELS})[”"]?(?:规划)?(${[...PERIOD_END_WORDS, ...PERIOD_SPAN_WORDS].join('|')})?`,
  'g',
);

function plausible(year: number): boolean {
  return year >= 1949 && year <= 2100;
}

/**
 * The time references of `text`, in order, without overlaps: dates and years (a point), year
 * ranges (a span), plan periods: 十四五末 is the point 2025, 十三五期间 (or 十三五 alone) the span
 * 2016–2020.
 * @example findTimes('到“十四五”末，产值超200亿元')[0] -> { kind: 'point', year: 2025, plan: '十四五', lead: '到' }
 */
export function findTimes(text: string): TimeRef[] {
  const out: TimeRef[] = [];
  const free = (s: number, e: number) => out.every((t) => e <= t.start || s >= t.end);
  const add = (m: RegExpMatchArray, ref: Omit<TimeRef, 'start' | 'end' | 'text' | 'lead'>) => {
    const start = m.index as number;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    out.push({ start, end, text: m[0], ...ref, ...(m[1] ? { lead: m[1] } : {}) });
  };
  for (const m of text.matchAll(DATE)) if (plausible(Number(m[2]))) add(m, { kind: 'point', year: Number(m[2]) });
  for (const m of text.matchAll(RANGE)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (plausible(from) && to > from && to - from <= 20) add(m, { kind: 'span', year: to, from });
  }
  for (const m of text.matchAll(YEAR)) if (plausible(Number(m[2]))) add(m, { kind: 'point', year: Number(m[2]) });
  for (const m of text.matchAll(PLAN)) {
    const period = PLAN_PERIODS.find((p) => p.label === m[2]);
    if (!period) continue;
    const isEnd = m[3] !== undefined && PERIOD_END_WORDS.includes(m[3]);
    add(
      m,
      isEnd
        ? { kind: 'point', year: period.to, plan: period.label }
        : { kind: 'span', year: period.to, from: period.from, plan: period.label },
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
