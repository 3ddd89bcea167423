// A number question answered with the best agreeing fact, or declined saying what the documents state.
import type { Fact } from '../../indexer/store/index.ts';
import { deadlineAt, isDuration } from '../../indexer/figures/index.ts';
import type { Decline, DeclineReason, StatedFigure } from '../contract/ask.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { factConfidence } from './confidence.ts';
import type { AskOptions } from './defaults.ts';
import { figureInEnglish, metricInEnglish } from './english.ts';
import type { ScoredFact } from './fact-answer.ts';
import { bestFacts } from './fact-best.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';

const KIND_WORDS: Readonly<Record<Fact['kind'], string>> = {
  target: 'a goal',
  actual: 'a figure reached',
  support: 'money granted',
  threshold: 'a bar',
  growth: 'a growth rate',
};

/**
 * A figure as an answer writes it: as the text has it, with the unit a table's 单位 column gives a
 * bare cell (4.9 in a row whose unit is % answers 4.9%).
 */
export function figureText(f: Pick<Fact, 'text' | 'unit'>): string {
  return f.unit && !f.text.includes(f.unit) && /\d$/.test(f.text) ? `${f.text}${f.unit}` : f.text;
}

/**
 * A length of time as an answer gives it: with the event it is counted from or to, when the clause
 * ties it to one (药品有效期届满后一年, not 一年; 自受理申请之日起20个工作日内).
 */
export function withDeadline(clauseText: string, f: Pick<Fact, 'text' | 'unit' | 'start' | 'end'>): string {
  const text = figureText(f);
  if (!isDuration(f.unit)) return text;
  const d = deadlineAt(clauseText, f.start, f.end);
  return d ? `${clauseText.slice(d.start, f.start)}${text}${clauseText.slice(f.end, d.end)}` : text;
}

/** A fact in parts: its metric, figure, year or period, and kind. */
export function statedFigure(f: Fact): StatedFigure {
  const period = f.period ? `${f.period.from}–${f.period.to}` : undefined;
  const when = f.year !== undefined ? String(f.year) : period;
  return { metric: f.metric, figure: figureText(f), ...(when ? { when } : {}), kind: f.kind };
}

/** A fact in a note: 总产值 4000亿元 (2025, a goal). */
export function describeFact(f: Fact): string {
  const s = statedFigure(f);
  return `${s.metric} ${s.figure} (${[s.when, KIND_WORDS[s.kind]].filter(Boolean).join(', ')})`;
}

function asked(q: Question): string {
  const parts = [q.metric ? `${q.metric.head} (${q.metric.en})` : 'this figure'];
  if (q.years.length > 0) parts.push(`for ${Math.max(...q.years)}`);
  if (q.period) parts.push(`for ${q.period.label ?? `${q.period.from}–${q.period.to}`}`);
  return parts.join(' ');
}

// Why the closest figure does not answer, in a sentence a reader can act on.
function declineNote(q: Question, closest: ScoredFact | undefined): string {
  if (!closest) return `The documents state no figure for ${asked(q)}.`;
  const stated = describeFact(closest.fact);
  switch (closest.mismatch) {
    case 'metric':
      return `The documents state no figure for ${asked(q)}; the closest is ${stated}, another metric.`;
    case 'time':
      return `The documents state no figure ${asked(q)}; the closest is ${stated}, for another time.`;
    case 'kind':
      return `The documents state no ${q.want ? KIND_WORDS[q.want].replace(/^an? /, '') : 'figure'} for ${asked(q)}; they state ${stated}.`;
    case 'bar':
      return `The documents state no figure for that bar; the closest is ${stated}.`;
    default:
      return `No figure agrees well enough with the question; the closest is ${stated}.`;
  }
}

const MISMATCH_REASON: ReadonlyMap<string, DeclineReason> = new Map([
  ['metric', 'other-metric'],
  ['time', 'other-time'],
  ['kind', 'other-kind'],
  ['bar', 'other-bar'],
]);

// What the question asked for, in parts.
function askedParts(q: Question): NonNullable<Decline['asked']> {
  const period = q.period ? (q.period.label ?? `${q.period.from}–${q.period.to}`) : undefined;
  return {
    ...(q.metric ? { metric: q.metric.head, metricEn: q.metric.en } : {}),
    ...(q.years.length > 0 ? { year: Math.max(...q.years) } : {}),
    ...(period ? { period } : {}),
    ...(q.want ? { want: q.want } : {}),
  };
}

// declineNote in parts, for the page to word in its own language.
function declineParts(q: Question, closest: ScoredFact | undefined, unsure = false): Decline {
  let reason: DeclineReason = 'no-figure';
  if (unsure) reason = 'unsure';
  else if (closest) reason = MISMATCH_REASON.get(closest.mismatch ?? '') ?? 'no-agreement';
  return { reason, asked: askedParts(q), ...(closest ? { closest: statedFigure(closest.fact) } : {}) };
}

/** The figures an answer reads of its ranking: the best, the other two cited among the first 12. */
const CITED_FROM = 12;

/**
 * Answers a number question from the facts of `regions`: the best-scoring fact (see rankFacts, bestFacts),
 * with its confidence (see factConfidence); below the threshold the answer is null and the note says
 * what the documents state instead.
 */
export function numberAnswer(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  o: Pick<AskOptions, 'threshold' | 'model'>,
): RegionAnswer {
  const { first, ranked, next } = bestFacts(store, q, regions, o.model.facts, CITED_FROM);
  const best = ranked[0];
  if (!best) {
    const closest = first;
    if (!closest)
      return {
        answer: null,
        confidence: 0,
        citations: [],
        note: declineNote(q, undefined),
        decline: declineParts(q, undefined),
      };
    const stated = statedFigure(closest.fact);
    return {
      answer: null,
      confidence: 0,
      citations: [clauseHit(store, { index: closest.context.index, score: closest.score }, [], [closest.fact])],
      note: declineNote(q, closest),
      decline: declineParts(q, closest),
      instead: { text: describeFact(closest.fact), stated, clauseId: closest.fact.clauseId },
    };
  }
  const confidence = factConfidence(o.model.facts, best, next, q);
  const threshold = o.threshold;
  // What the documents state instead: the best figure, or one of another metric that scores higher.
  const shown = first ?? best;
  const instead = { text: describeFact(shown.fact), stated: statedFigure(shown.fact), clauseId: shown.fact.clauseId };
  const f = best.fact;
  const hit = clauseHit(store, { index: best.context.index, score: best.score }, [], [f]);
  const others = ranked
    .slice(1, CITED_FROM)
    .filter((r) => r.context.index !== best.context.index)
    .slice(0, 2)
    .map((r) => clauseHit(store, { index: r.context.index, score: r.score }, [], [r.fact]));
  if (confidence < threshold) {
    const note = best.mismatch
      ? declineNote(q, best)
      : `Not sure enough to answer (confidence ${confidence}); the likeliest figure is ${describeFact(f)}.`;
    return {
      answer: null,
      confidence,
      citations: [hit, ...others],
      note,
      decline: declineParts(q, best, !best.mismatch),
      instead,
    };
  }
  const answer = {
    text: withDeadline(best.context.clause.text, f),
    value: f.value,
    unit: f.unit,
    ...(f.year !== undefined ? { year: f.year } : {}),
    english: figureInEnglish({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: 'plain',
      ...(f.upper !== undefined ? { upper: f.upper } : {}),
    }),
    metric: f.metric,
    metricEn: metricInEnglish(f.head),
  };
  return { answer, confidence, citations: [hit, ...others], fact: f, instead };
}
