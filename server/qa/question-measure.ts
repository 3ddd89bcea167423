// What a number question measures: the metric, the time, the kind of figure, the unit, given figures.
import { normalize } from '../../indexer/analysis/index.ts';
import {
  PLAN_PERIODS,
  findFigures,
  findTimes,
  metricHeadOf,
  metricHeadOfEnglish,
  metricHeads,
  type MetricHead,
} from '../../indexer/figures/index.ts';
import { QUESTION_WORDS as W, holdsAny } from './words.ts';

/** The kind of figure a question wants (target, actual…), when it says. */
export type WantedKind = 'target' | 'actual' | 'support' | 'threshold' | 'growth';

/** The time a question asks about. */
export interface AskedTime {
  readonly years: readonly number[];
  readonly period?: { readonly from: number; readonly to: number; readonly label?: string };
}

const EN_YEAR = /\b((?:19|20)\d\d)\b/g;
const EN_SCALE: ReadonlyArray<readonly [RegExp, number]> = [
  [/trillion/, 1e12],
  [/hundred million/, 1e8],
  [/billion/, 1e9],
  [/million/, 1e6],
  [/thousand/, 1e3],
];
const EN_AMOUNT =
  /(\d+(?:\.\d+)?)\s*(trillion|hundred million|billion|million|thousand)?\s*(yuan|rmb|us dollars|dollars)?\s*(%)?/g;
/** Words after "how many" read as the counted noun phrase. */
const COUNTED_WORDS = 4;
// The noun phrase after "how many", up to the first word that is not part of it.
const HOW_MANY =
  /\bhow many\s+(.+?)(?=\s+(?:with|that|which|does|do|did|has|have|had|in|are|is|was|were|will|would|to|by|of|for|under|at)\b|\?|$)/;

/** The time a question names: years (2025, 十四五末 is 2025) and a plan period (十三五期间, the 13th Five-Year Plan). */
export function askedTime(norm: string, english: boolean): AskedTime {
  if (!english) {
    const refs = findTimes(norm);
    const span = refs.find((r) => r.kind === 'span' && r.from !== undefined);
    const period = span
      ? { from: span.from as number, to: span.year, ...(span.plan ? { label: span.plan } : {}) }
      : undefined;
    return { years: refs.filter((r) => r.kind === 'point').map((r) => r.year), ...(period ? { period } : {}) };
  }
  const years = [...norm.matchAll(EN_YEAR)].map((m) => Number(m[1]));
  const plan = PLAN_PERIODS.find((p) => norm.replace(/five year/g, 'five-year').includes(p.en.toLowerCase()));
  if (plan && /\b(end|final year|last year)\b/.test(norm)) return { years: [...years, plan.to] };
  return { years, ...(plan ? { period: { from: plan.from, to: plan.to, label: plan.label } } : {}) };
}

/** The kind of figure asked for: a bar, money granted, a growth rate, a goal or a figure reached. */
export function wantedKind(norm: string, english: boolean, time: AskedTime): WantedKind | undefined {
  const has = (k: WantedKind) => (english ? W.kinds[k].en.test(norm) : holdsAny(norm, W.kinds[k].zh));
  if (has('threshold')) return 'threshold';
  if (has('support')) return 'support';
  if (has('growth')) return 'growth';
  const target = has('target') || (english && /\bby (?:19|20)\d\d\b/.test(norm));
  // 到2025年累计建成 is a goal: 累计 only says "reached" without a deadline ahead, or with 了.
  const deadline = !english && /[到至]\s*20\d\d/.test(norm) && !norm.includes('了');
  const actual = has('actual') && !deadline;
  if (actual && !target) return 'actual';
  if (target && !actual) return 'target';
  if (time.period && !target) return 'actual';
  return target ? 'target' : undefined;
}

/** The unit of a difference of shares (3.5个百分点; also written 百分点). */
export const POINTS = '个百分点';

function englishUnit(norm: string, metric: MetricHead | undefined): string | undefined {
  if (W.units.enDuration.test(norm)) return 'duration';
  if (W.units.enPoints.test(norm)) return POINTS;
  if (W.units.enPercent.test(norm)) return '%';
  if (W.units.enPeople.test(norm)) return '人';
  if (W.units.enCount.test(norm)) return 'count';
  if (W.units.enMoney.test(norm)) return 'money';
  return metric?.unit === 'percent' ? '%' : metric?.unit;
}

/** The unit of time a question for a length of time names (工作日, 月, 年…), if it names one. */
export function askedTimeUnit(norm: string, english: boolean): string | undefined {
  return (english ? W.units.timeUnits.en : W.units.timeUnits.zh).find((u) => u.re.test(norm))?.unit;
}

/** The kind of unit asked for: a length of time, a count word after 多少/几 (家, 个), or money, a share, a count. */
export function askedUnit(norm: string, english: boolean, metric: MetricHead | undefined): string | undefined {
  if (english) return englishUnit(norm, metric);
  if (W.units.zhDuration.test(norm)) return 'duration';
  if (holdsAny(norm, W.units.zhPoints)) return POINTS;
  const after = /(?:多少|几)(.)/.exec(norm)?.[1];
  if (after && W.units.zhCount.includes(after)) return after;
  if (holdsAny(norm, W.units.zhMoney) || W.units.zhMoneyAttached.test(norm)) return 'money';
  if (holdsAny(norm, W.units.zhPercent)) return '%';
  return metric?.unit === 'percent' ? '%' : metric?.unit;
}

/** The metric a number question asks about (营业收入, 企业数…). */
export function askedMetric(text: string, norm: string, english: boolean): MetricHead | undefined {
  if (!english) return metricHeadOf(norm);
  // The counted noun phrase is the first few words after "how many": further on, a verb's object
  // (how many people sit on a lab's committee) names no metric of the count.
  const counted = HOW_MANY.exec(norm)?.[1]?.split(' ').slice(0, COUNTED_WORDS).join(' ');
  const chinese = (text.match(/\p{Script=Han}+/gu) ?? []).join(' ');
  if (counted) return metricHeadOfEnglish(counted) ?? metricHeadOf(chinese);
  // Without "how many" the metric is an amount or a share (revenue target for the device chain),
  // not the things a prepositional phrase names.
  return metricHeadOfEnglish(norm, ['money', 'percent']) ?? metricHeadOfEnglish(norm) ?? metricHeadOf(chinese);
}

// Numbers listed before an amount, joined by commas, or, and (1, 2, 5 or | 30 and).
const LISTED_BEFORE = /(?:\d+(?:\.\d+)?\s*,\s*)*\d+(?:\.\d+)?\s*,?\s*(?:or|and)$/;

function englishAmounts(text: string): number[] {
  const out: number[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(EN_AMOUNT)) {
    const [, number, scale, currency, percent] = m;
    if (!scale && !currency && !percent) continue;
    // over 10 billion yuan is a condition; (in 100 million yuan) only says the unit. Amounts listed
    // before the one with the unit share it (tops 1, 2, 5 or 10 billion yuan).
    const before = lower.slice(0, m.index).trimEnd();
    const list = LISTED_BEFORE.exec(before);
    const lead = list ? before.slice(0, list.index).trimEnd() : before;
    if (!W.givenEn.some((w) => lead.endsWith(w))) continue;
    const times = EN_SCALE.find(([re]) => re.test(scale ?? ''))?.[1] ?? 1;
    const listed = list ? [...list[0].matchAll(/\d+(?:\.\d+)?/g)].map((n) => Number(n[0])) : [];
    for (const n of [...listed, Number(number)]) out.push(n * times);
  }
  return out;
}

// From two: one is too often no number (one-off, which one).
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The numbers an English question writes (four, 30), years aside: a figure of one of these values
 * is the question's condition (of the four PD-1 drugs, how many…), not its answer.
 */
export function writtenNumbers(norm: string): number[] {
  const digits = [...norm.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])/g)]
    .map((m) => Number(m[1]))
    .filter((n) => !(Number.isInteger(n) && n >= 1900 && n <= 2100));
  const words = [...norm.matchAll(/\b[a-z]+\b/g)].map((m) => NUMBER_WORDS.indexOf(m[0]) + 2).filter((n) => n > 1);
  return [...digits, ...words];
}

/** Figures the question gives as conditions (规模超400亿元的企业, over 10 billion yuan), in base units. */
export function givenFigures(text: string, english: boolean): { scaled: number[]; texts: string[] } {
  const chinese = findFigures(text).filter((f) => f.kind === 'money' || f.kind === 'percent' || f.kind === 'count');
  const scaled = chinese.filter((f) => f.kind !== 'count').map((f) => f.scaled);
  return {
    scaled: english ? [...scaled, ...englishAmounts(text)] : scaled,
    texts: chinese.map((f) => normalize(f.text).text),
  };
}

/**
 * Metrics a question offers as alternatives (营业收入、总产值或总经营规模): heads named next to one
 * another, joined only by 、 或 和 及. Empty when it names one metric.
 */
export function alternativeMetrics(norm: string): string[] {
  const mentions: Array<{ head: string; start: number; end: number }> = [];
  for (const m of metricHeads()) {
    for (const word of m.words) {
      for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + 1)) {
        mentions.push({ head: m.head, start: at, end: at + word.length });
      }
    }
  }
  const kept = mentions
    .filter(
      (x) =>
        !mentions.some((y) => y !== x && y.start <= x.start && y.end >= x.end && y.end - y.start > x.end - x.start),
    )
    .sort((a, b) => a.start - b.start);
  const heads = new Set<string>();
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k] as (typeof kept)[number];
    const b = kept[k + 1] as (typeof kept)[number];
    if (/^\s*[、或和及与/]+\s*$/.test(norm.slice(a.end, b.start)) && a.head !== b.head) {
      heads.add(a.head);
      heads.add(b.head);
    }
  }
  return [...heads];
}
