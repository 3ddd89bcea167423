// Number questions answered from the facts table: each fact scored on metric, terms, time, kind, unit.
import { analyze, normalize, unitOf } from '../../indexer/analysis/index.ts';
import type { Fact } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { makeUnit } from '../search/query.ts';
import { phraseMatches } from '../search/phrase-match.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import { QA_DEFAULTS } from './defaults.ts';
import { coverage, factContext, type FactContext } from './fact-context.ts';
import type { Question } from './question.ts';
import type { FocusTerm } from './question-terms.ts';

/** How a fact agrees with a question, part by part: 1 agrees, 0 says nothing, below 0 contradicts. */
export interface Agreement {
  readonly head: number;
  readonly coverage: number;
  readonly time: number;
  readonly kind: number;
  readonly unit: number;
  readonly given: number;
}

/** A fact as a candidate answer. */
export interface ScoredFact {
  readonly fact: Fact;
  readonly context: FactContext;
  readonly score: number;
  readonly parts: Agreement;
  /** What keeps it from answering: the metric, time, kind, unit or bar contradicts, or too few terms. */
  readonly mismatch?: 'metric' | 'time' | 'kind' | 'unit' | 'bar' | 'terms';
}

const W = QA_DEFAULTS.facts;
const TABLE_TIE_BREAK = 0.05;

/** How much each word of a translation the region's documents never write weighs, of the translation. */
const PIECE_FACTOR = 0.5;

// The terms the facts of `regions` are scored on. A term guessed by translating English that their
// documents never write is looked for by its words instead (smart factories -> 智能工厂, written
// 智能化工厂: 智能 and 工厂), or, a single word, says nothing (health -> 卫生健康 where the text says
// 医药健康); so does an English word nothing translates. The question's Chinese terms always count.
function focusIn(store: IndexStore, q: Question, regions: readonly RegionFilter[]): FocusTerm[] {
  const written = (form: string) => {
    const unit = makeUnit(form, true);
    return (
      unit !== undefined &&
      phraseMatches(store, unit).some((i) => inRegions(store.clauses[i] ?? { province: '' }, regions))
    );
  };
  return q.focus.flatMap((term) => {
    if (!term.translated) return [term];
    // A word nothing translates says nothing about figures, which the metric, time, kind, unit
    // and bar already match (it still counts against a name or a place, see rankSpans).
    if (term.forms.length === 0) return [];
    if (term.forms.some(written)) return [term];
    const pieces = [...new Set(term.forms.flatMap(piecesOf))].filter(written);
    return pieces.map((piece) => ({ forms: [piece], weight: term.weight * PIECE_FACTOR, strong: false }));
  });
}

// The words a term is made of (智能工厂 -> 智能, 工厂), two characters or more, when it has several.
function piecesOf(term: string): string[] {
  const whole = normalize(term).text;
  return analyze(term)
    .map((t) => t.term)
    .filter((t) => t !== whole && t.length > 1);
}

function headAgreement(q: Question, f: Fact): number {
  if (!q.metric) return 0.5;
  if (q.metric.head === f.head || q.alternatives.includes(f.head)) return 1;
  if (q.metric.refines === f.head || (q.metric.head === '占比' && f.head === '研发投入占比')) return 0.6;
  return 0;
}

function timeAgreement(q: Question, f: Fact): number {
  if (q.period) {
    if (f.period && f.period.from === q.period.from && f.period.to === q.period.to) return 1;
    if (f.year !== undefined && f.year >= q.period.from && f.year <= q.period.to) return 0.3;
    return f.period || f.year !== undefined ? -1 : 0;
  }
  if (q.years.length === 0) return 0;
  const asked = Math.max(...q.years);
  if (f.year === asked) return 1;
  if (f.period && f.period.to === asked) return 0.7;
  return f.year !== undefined || f.period ? -1 : 0;
}

function kindAgreement(q: Question, f: Fact): number {
  const goal = f.kind === 'target' || (f.kind === 'growth' && f.goal === true);
  const reached = f.kind === 'actual' || (f.kind === 'growth' && f.goal === false);
  switch (q.want) {
    case 'target':
      return goal ? 1 : -1;
    case 'actual':
      return reached ? 1 : -1;
    case 'growth':
      return f.kind === 'growth' ? 1 : -1;
    case 'threshold':
      return f.kind === 'threshold' ? 1 : -1;
    case 'support':
      return f.kind === 'support' ? 1 : -1;
    default:
      // Unasked, a bar or money granted is never the answer: it qualifies what is counted.
      return f.kind === 'threshold' || f.kind === 'support' ? -1 : 0.3;
  }
}

function unitAgreement(q: Question, f: Fact): number {
  const kind = unitOf(f.unit)?.kind;
  switch (q.unit) {
    case undefined:
      return 0;
    case 'money':
      return kind === 'money' ? 1 : -1;
    case '%':
      return kind === 'percent' ? 1 : -1;
    case 'count':
      return kind === 'count' || kind === 'measure' ? 1 : -1;
    default:
      if (f.unit === q.unit) return 1;
      return kind === 'count' ? 0.6 : -1;
  }
}

// The question's own figures (规模超400亿元的企业) must be the fact's bar, not figures elsewhere.
function givenAgreement(q: Question, f: Fact, ctx: FactContext): number {
  if (q.given.length === 0) return 0;
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.02 * Math.max(a, b);
  if (f.thresholdScaled !== undefined) return q.given.some((g) => near(g, f.thresholdScaled as number)) ? 1 : -1;
  if (f.kind === 'threshold') return q.given.some((g) => near(g, f.scaled)) ? 0.5 : -1;
  return q.givenTexts.some((t) => ctx.sentence.includes(t)) ? 0.5 : -0.5;
}

function mismatchOf(q: Question, parts: Agreement): ScoredFact['mismatch'] {
  if (q.metric && parts.head === 0) return 'metric';
  if (parts.kind < 0) return 'kind';
  if (parts.time < 0) return 'time';
  if (parts.unit < 0) return 'unit';
  if (parts.given < 0) return 'bar';
  // Each constraint met exactly is evidence of its own: a figure meeting more needs fewer of the
  // question's words (which translation from English often misses).
  const met = [parts.head, parts.time, parts.kind, parts.unit, parts.given].filter((x) => x >= 1).length;
  if (parts.coverage < Math.max(W.coverageFloor, W.minCoverage - W.coveragePerConstraint * met)) return 'terms';
  return undefined;
}

/**
 * Scores every fact of the regions asked about (all regions when none is named) against a number
 * question, best first. A fact whose metric, kind, time, unit or bar contradicts the question keeps
 * its score but carries the mismatch, so the answer can say what the documents state instead.
 */
export function rankFacts(store: IndexStore, q: Question, regions: readonly RegionFilter[]): ScoredFact[] {
  const out: ScoredFact[] = [];
  const focus = focusIn(store, q, regions);
  for (const fact of store.facts) {
    if (!inRegions(fact, regions)) continue;
    const context = factContext(store, fact);
    if (!context) continue;
    const parts: Agreement = {
      head: headAgreement(q, fact),
      coverage: coverage(focus, context),
      time: timeAgreement(q, fact),
      kind: kindAgreement(q, fact),
      unit: unitAgreement(q, fact),
      given: givenAgreement(q, fact, context),
    };
    // A figure written with its unit in a sentence goes before the same figure in a table cell,
    // unless the question names the table (According to Table 1…).
    const tableCell = context.clause.kind === 'row' ? TABLE_TIE_BREAK : 0;
    const named = q.table !== undefined && fact.clauseId.includes(`/table${q.table}.`) ? W.namedTable : 0;
    const score =
      W.head * parts.head +
      W.coverage * parts.coverage +
      W.time * parts.time +
      W.kind * parts.kind +
      W.unit * parts.unit +
      W.given * parts.given -
      tableCell +
      named;
    const mismatch = mismatchOf(q, parts);
    out.push({ fact, context, score, parts, ...(mismatch ? { mismatch } : {}) });
  }
  return out.sort((a, b) => b.score - a.score);
}
