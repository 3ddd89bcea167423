// Clause[] -> Fact[]: every quantitative statement of the corpus, with its metric, time and kind.
import { FIGURE_CUES, mentions } from '../figures/cues.ts';
import { findFigures, type Figure } from '../figures/figures.ts';
import { metricHeadOf } from '../figures/metrics.ts';
import { respectively, sentences, type Sentence } from '../figures/sentences.ts';
import { findTimes, type TimeRef } from '../figures/time.ts';
import type { Clause, DocumentMeta, Fact } from '../store/schema.ts';
import { chineseNumeral } from '../analysis/chinese-numerals.ts';
import { figureTime, timeContext, type FigureTime, type TimeContext } from './fact-time.ts';
import { figureRoles, isBoundedRange, type FigureRole } from './figure-roles.ts';
import { metricPhrase } from './metric-phrase.ts';
import { factKind, qualifiersOf } from './qualifiers.ts';
import { tableFacts } from './table-facts.ts';

type Place = Pick<Fact, 'province' | 'city' | 'docId' | 'clauseId'>;
type Base = Omit<Fact, 'head' | 'kind'>;

/** A sentence's amounts with their roles: what the facts of one sentence are made from. */
interface Reading {
  readonly s: Sentence;
  readonly amounts: readonly Figure[];
  readonly roles: readonly FigureRole[];
}

const AMOUNT_KINDS = new Set(['money', 'count', 'percent', 'measure', 'duration']);
const LIST_JOINER = /^\s*(?:、|和|及|与)\s*$/;
const PHRASE_END = /[，,；;。：:（）()]/;
// A time named after 比 or 较 is what a figure is compared with (比“十三五”末翻一番), not its time.
const BASELINE_BEFORE = /(?:比|较|同比|相比|与)\s*$/;

/**
 * Extracts the facts every clause states (see {@link Fact}): table rows by their columns; in text,
 * each amount with its role (a value, a threshold that defines what is counted, money granted),
 * the words it measures (its item in a 分别 list, its place in a list paired with earlier values,
 * else the words attached to it), the time it is for and whether it is a goal.
 */
export function extractFacts(clauses: readonly Clause[], metaOf: (docId: string) => DocumentMeta | undefined): Fact[] {
  const out: Fact[] = [];
  for (const clause of clauses) {
    const meta = metaOf(clause.docId);
    if (!meta || clause.kind === 'header' || clause.kind === 'closing') continue;
    const place: Place = {
      province: clause.province,
      ...(clause.city ? { city: clause.city } : {}),
      docId: clause.docId,
      clauseId: clause.id,
    };
    const ctx = timeContext(meta, [...clause.section, clause.title ?? '']);
    if (clause.kind === 'row' && clause.columns) out.push(...tableFacts(clause, place, ctx));
    else out.push(...clauseFacts(clause, place, ctx));
  }
  return out;
}

// A time that opens a sentence (2020年，…) sets the time of the sentences after it in the clause.
function clauseFacts(clause: Clause, place: Place, ctx: TimeContext): Fact[] {
  const out: Fact[] = [];
  let carried: TimeRef | undefined;
  for (const s of sentences(clause.text)) {
    const refs = findTimes(s.text).filter((t) => !BASELINE_BEFORE.test(s.text.slice(0, t.start)));
    out.push(...sentenceFacts(clause.text, s, refs, carried, place, ctx));
    const opening = refs.find((t) => s.text.slice(0, t.start).trim().length <= 1);
    carried = opening ?? (refs.length > 0 ? undefined : carried);
  }
  return out;
}

// A plain figure directly before a list partner with a unit shares that unit (增速高于…7.9、8.5个百分点).
function amountsOf(s: Sentence): Figure[] {
  const figures = findFigures(s.text).filter((f) => AMOUNT_KINDS.has(f.kind) || f.kind === 'plain');
  const out: Figure[] = [];
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k] as Figure;
    const next = out[0];
    if (f.kind === 'plain' && next && LIST_JOINER.test(s.text.slice(f.end, next.start))) {
      out.unshift({ ...f, unit: next.unit, kind: next.kind, scaled: (f.value * next.scaled) / (next.value || 1) });
    } else if (f.kind !== 'plain') out.unshift(f);
  }
  return out;
}

function sentenceFacts(
  text: string,
  s: Sentence,
  refs: readonly TimeRef[],
  carried: TimeRef | undefined,
  place: Place,
  ctx: TimeContext,
): Fact[] {
  const amounts = amountsOf(s);
  if (amounts.length === 0) return [];
  const r: Reading = { s, amounts, roles: figureRoles(s.text, amounts) };
  const metrics = metricsOf(r);
  return amounts.flatMap((f, k) => {
    const metric = metrics[k] ?? '';
    if (metric.length < 2) return [];
    const base: Base = {
      ...place,
      start: s.start + f.start,
      end: s.start + f.end,
      metric,
      text: text.slice(s.start + f.start, s.start + f.end),
      value: f.value,
      ...(f.upper !== undefined ? { upper: f.upper } : {}),
      unit: f.unit,
      scaled: f.scaled,
      qualifiers: qualifiersOf(`${s.text.slice(Math.max(0, f.start - 6), f.start)}${f.text}`),
    };
    const role = r.roles[k] as FigureRole;
    if (role === 'support') return [{ ...base, head: metricHeadOf(metric)?.head ?? '其他', kind: 'support' as const }];
    if (role === 'threshold') return [thresholdFact(r, f, base)];
    return [valueFact(r, f, base, refs, carried, ctx)];
  });
}

// The phrase a figure stands in: from the last separator before it to the next one after it.
function phraseOf(s: Sentence, f: Figure): { start: number; end: number } {
  let start = f.start;
  while (start > 0 && !PHRASE_END.test(s.text[start - 1] as string) && s.text[start - 1] !== '、') start--;
  const rest = s.text.slice(f.end).search(PHRASE_END);
  return { start, end: rest < 0 ? s.text.length : f.end + rest };
}

function thresholdFact(r: Reading, f: Figure, base: Base): Fact {
  const next = r.amounts.find((g) => g.start >= f.end);
  const after = r.s.text.slice(f.end, Math.min(phraseOf(r.s, f).end, next?.start ?? r.s.text.length));
  const of = after.indexOf('的');
  const defined = of >= 0 ? after.slice(of + 1) : after.replace(/^(?:\s|以上|及以上|左右)*级?/, '');
  const defines = metricPhrase(withoutFigures(defined, findFigures(defined)));
  return {
    ...base,
    head: metricHeadOf(base.metric)?.head ?? '其他',
    kind: 'threshold',
    ...(defines ? { defines } : {}),
  };
}

function valueFact(
  r: Reading,
  f: Figure,
  base: Base,
  refs: readonly TimeRef[],
  carried: TimeRef | undefined,
  ctx: TimeContext,
): Fact {
  // A percentage that names no metric is a share of something (80%以上零售药店).
  const head = metricHeadOf(base.metric)?.head ?? (f.kind === 'percent' ? '占比' : '其他');
  const time = overYears(r.s.text.slice(0, f.start), figureTime(r.s.text, f.start, refs, carried, ctx));
  const growth = head === '增速' || (f.kind === 'percent' && mentions(base.metric, FIGURE_CUES.growth));
  // The bar a counted thing must pass, written in its phrase: 规模超400亿元的工业企业3家.
  const phrase = countedPhrase(r, f);
  const bar = r.amounts.find((g, j) => r.roles[j] === 'threshold' && g.start >= phrase.start && g.end <= phrase.end);
  const barPhrase = bar ? phraseOf(r.s, bar) : undefined;
  const barFrom = bar && barPhrase ? Math.max(barPhrase.start, bar.start > f.start ? f.end : phrase.start) : 0;
  const barWords = bar ? metricPhrase(r.s.text.slice(barFrom, bar.start)) : '';
  return {
    ...base,
    head: growth ? '增速' : head,
    kind: factKind(growth, time.goal),
    ...(growth ? { goal: time.goal } : {}),
    ...(time.year !== undefined ? { year: time.year } : {}),
    ...(time.period ? { period: time.period } : {}),
    ...(bar ? { threshold: `${barWords}${bar.text}`, thresholdScaled: bar.scaled } : {}),
  };
}

// 五年年均增长12.6% is a rate over the five years up to its year, not that year's.
function overYears(before: string, time: FigureTime): FigureTime {
  const m = /([一二两三四五六七八九十\d]+)年(?:年均|平均)/.exec(before);
  if (!m || time.year === undefined || time.period) return time;
  const n = /\d/.test(m[1] as string) ? Number(m[1]) : chineseNumeral(m[1] as string);
  if (!Number.isFinite(n) || n < 2) return time;
  return { goal: time.goal, period: { from: time.year - n + 1, to: time.year } };
}

// Where a value's words are: before it, and for a count also after it up to the next value
// (培育3-4家超百亿元的数字化、综合性药品流通企业 reads through its bar and its 、).
function countedPhrase(r: Reading, f: Figure): { start: number; end: number } {
  const k = r.amounts.indexOf(f);
  const own = phraseOf(r.s, f);
  const previous = [...r.amounts.slice(0, k)]
    .reverse()
    .find((g) => g.end <= f.start && r.roles[r.amounts.indexOf(g)] !== 'threshold');
  const start = Math.max(own.start, previous?.end ?? 0);
  if (f.kind !== 'count' && f.kind !== 'measure') return { start, end: f.end };
  const nextValue = r.amounts.slice(k + 1).find((g, j) => r.roles[k + 1 + j] !== 'threshold');
  const stop = r.s.text.slice(f.end).search(/[，,；;。：:]/);
  const end = Math.min(stop < 0 ? r.s.text.length : f.end + stop, nextValue?.start ?? r.s.text.length);
  return { start, end };
}

function withoutFigures(text: string, figures: readonly Figure[]): string {
  let out = text;
  for (const g of [...figures].reverse()) out = `${out.slice(0, g.start)}${out.slice(g.end)}`;
  return out;
}

/**
 * The metric of each amount of a sentence. In a 分别 list a value measures its item and the words
 * the items share; a run of values whose own words only say "growth" (五年年均增长12.6%、12.0%) pairs
 * with the values stated before it, in order; money granted measures what the sentence grants it
 * for (对…的化学仿制药); otherwise a count measures the noun after it (培育10个智能化工厂) or before it
 * (示范工厂4家), money and shares the words before them (after them when nothing is before).
 */
function metricsOf(r: Reading): string[] {
  const { s, amounts } = r;
  const out = amounts.map((f, k) => attachedMetric(r, f, k));
  const spans = amounts.map((a) => ({ ...a, start: s.start + a.start, end: s.start + a.end, kind: 'figure' as const }));
  const pairs = respectively(s, spans);
  if (pairs) {
    const tail = s.text.slice(
      (pairs.items[pairs.items.length - 1]?.end ?? 0) - s.start,
      pairs.enumeration.end - s.start,
    );
    pairs.values.forEach((v, i) => {
      const k = spans.indexOf(v);
      const item = pairs.items[i];
      if (k >= 0 && item) out[k] = metricPhrase(`${item.text}${tail}`) || out[k] || '';
    });
  }
  pairRuns(r, out);
  ofWhat(r, out);
  return out;
}

// 382个药品品规获批上市，占全国总数的17%: a share (占…) is of what the value before it counts.
function ofWhat(r: Reading, out: string[]): void {
  r.amounts.forEach((f, k) => {
    if (f.kind !== 'percent' || r.roles[k] !== 'value' || !(out[k] ?? '').startsWith('占')) return;
    const before = [...r.amounts.keys()]
      .slice(0, k)
      .reverse()
      .find((j) => r.roles[j] === 'value' && r.amounts[j]?.kind !== 'percent');
    if (before !== undefined && (out[before] ?? '').length >= 2) out[k] = `${out[before]}${out[k]}`;
  });
}

function attachedMetric(r: Reading, f: Figure, k: number): string {
  const { s } = r;
  if (r.roles[k] === 'support') return supportMetric(s, f);
  const phrase = countedPhrase(r, f);
  const before = metricPhrase(withoutFigures(s.text.slice(phrase.start, f.start), []));
  const afterText = s.text.slice(f.end, phrase.end).replace(/^(?:以上|及以上|左右|以内|以下|余)/, '');
  // 培育10个智能化工厂 names what it counts after the figure; 工厂4家、车间5个 before it.
  if ((f.kind === 'count' || f.kind === 'measure') && r.roles[k] === 'value' && !/^\s*、/.test(afterText)) {
    const after = metricPhrase(afterText);
    if (after.length >= 2) return after;
  }
  // 处五万元以上二十五万元以下的罚款: a bounded range measures the noun after its 的.
  if (isBoundedRange(f) && /^\s*的/.test(afterText)) {
    const after = metricPhrase(afterText.replace(/^\s*的/, ''));
    if (after.length >= 2) return after;
  }
  if (before.length >= 2 || r.roles[k] === 'threshold') return before || previousThresholdMetric(r, k);
  const rest = s.text.slice(f.end, phraseOf(s, f).end).replace(/^(?:以上|及以上|左右)/, '');
  return metricPhrase(rest);
}

// 突破30亿元和50亿元的企业: the second bar measures what the first one does.
function previousThresholdMetric(r: Reading, k: number): string {
  for (let j = k - 1; j >= 0; j--) {
    if (r.roles[j] !== 'threshold') break;
    const g = r.amounts[j] as Figure;
    const words = metricPhrase(r.s.text.slice(phraseOf(r.s, g).start, g.start));
    if (words.length >= 2) return words;
  }
  return '';
}

// 对完成一致性评价研究的化学仿制药，每个品种最高给予300万元奖励: granted for what follows 对.
function supportMetric(s: Sentence, f: Figure): string {
  const before = s.text.slice(0, f.start);
  const m = /对([^，,；;。]+)[，,]/.exec(before);
  if (m?.[1]) return metricPhrase(m[1]);
  return metricPhrase(before.split(/[，,；;。]/).pop() ?? '');
}

// 工业总产值2150.71亿元、营业收入2084.70亿元…，五年年均增长12.6%、12.0%…: the second run's values are
// the growth of the first run's metrics, in order.
function pairRuns(r: Reading, out: string[]): void {
  const { s, amounts, roles } = r;
  const runs: number[][] = [];
  amounts.forEach((f, k) => {
    if (roles[k] !== 'value') return;
    const last = runs[runs.length - 1];
    const prev = last ? (amounts[last[last.length - 1] as number] as Figure) : undefined;
    if (last && prev && LIST_JOINER.test(s.text.slice(prev.end, f.start))) last.push(k);
    else runs.push([k]);
  });
  for (const run of runs) {
    const first = run[0] as number;
    const own = out[first] ?? '';
    if (run.length < 2 || metricHeadOf(own)?.head !== '增速') continue;
    const earlier = amounts
      .map((_, j) => j)
      .filter((j) => j < first && roles[j] === 'value' && metricHeadOf(out[j] ?? '')?.head !== '增速');
    if (earlier.length < run.length) continue;
    const partners = earlier.slice(-run.length);
    run.forEach((k, i) => {
      out[k] = `${out[partners[i] as number] ?? ''}${own}`;
    });
  }
}
