// Number questions answered from the facts table: each fact scored on metric, terms, time, kind, unit.
import { normalize, unitOf } from '../../indexer/analysis/index.ts';
import { isDuration } from '../../indexer/figures/index.ts';
import type { Fact } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import { FACT_FEATURES, factFeatures, phraseAlignment } from './fact-features.ts';
import { dot, type FamilyModel } from './model.ts';
import { factContext, type FactContext } from './fact-context.ts';
import { TermsFound } from './fact-coverage.ts';
import { actorAgreement, askedActor } from './fact-actor.ts';
import { deadlineAgreement } from './fact-deadline.ts';
import type { FocusTerm, Question } from './question.ts';
import { POINTS, writtenNumbers } from './question-measure.ts';
import { writtenFocus } from './written-focus.ts';
import { occurrences, type Occurrence } from './retrieve.ts';
import { versionAsked } from './asked-version.ts';

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
  /** The evidence the score weighs (see FACT_FEATURES). */
  readonly features: readonly number[];
  /**
   * The document contradicts the question: the question's metric is written in the phrase 多少
   * attaches to (营业收入目标是多少) and the figure is of another named metric (总产值), or the document
   * makes the figure a bar or money granted (超5亿元的企业, 给予500万元奖励) and the question asks
   * for neither. Such a figure is never the answer; it is kept to say what is stated instead.
   */
  readonly contradicts?: boolean;
  /** Where it disagrees with the question (the metric, time, kind, unit or bar), for the note. */
  readonly mismatch?: 'metric' | 'time' | 'kind' | 'unit' | 'bar';
}

/** The head of a figure whose metric names no known head. */
const OTHER_HEAD = '其他';
/** Characters over which a question's term near a figure counts half. */
const NEAR_SCALE = 8;

function headAgreement(q: Question, f: Fact): number {
  if (!q.metric) return 0.5;
  if (q.metric.head === f.head || q.alternatives.includes(f.head)) return 1;
  if (q.metric.refines === f.head || (q.metric.head === '占比' && f.head === '研发投入占比')) return 0.6;
  // A share asked for in general (多少比例) is any percentage, of whatever the text says it is of.
  if (q.metric.head === '占比' && unitOf(f.unit)?.kind === 'percent') return 0.6;
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

// A duration's unit as a question names it: 个月 is 月, 天 is 日.
function timeUnitOf(unit: string): string {
  const bare = unit.replace(/^个/, '');
  return bare === '天' ? '日' : bare;
}

function unitAgreement(q: Question, f: Fact): number {
  const kind = unitOf(f.unit)?.kind;
  switch (q.unit) {
    case undefined:
      return 0;
    case 'duration':
      if (!isDuration(f.unit)) return -1;
      // 30个工作日 answers "how many working days" best; 一年 is a length of time, in another unit.
      return !q.timeUnit || timeUnitOf(f.unit) === q.timeUnit ? 1 : 0.5;
    case 'money':
      return kind === 'money' ? 1 : -1;
    case '%':
      return kind === 'percent' ? 1 : -1;
    case 'count':
      return kind === 'count' || kind === 'measure' ? 1 : -1;
    default:
      if (f.unit === q.unit || (q.unit === POINTS && f.unit.endsWith('百分点'))) return 1;
      return kind === 'count' ? 0.6 : -1;
  }
}

// The question's own figures (规模超400亿元的企业) must be the fact's bar, not figures elsewhere: the
// agreement the figure alone says when it is a bar; undefined when its sentence must be read.
function givenByFigure(q: Question, f: Fact): number | undefined {
  if (q.given.length === 0) return 0;
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.02 * Math.max(a, b);
  if (f.thresholdScaled !== undefined) return q.given.some((g) => near(g, f.thresholdScaled as number)) ? 1 : -1;
  if (f.kind === 'threshold') return q.given.some((g) => near(g, f.scaled)) ? 0.5 : -1;
  return undefined;
}

// …and otherwise, whether its sentence writes them.
function givenInSentence(q: Question, ctx: FactContext): number {
  return q.givenTexts.some((t) => ctx.sentence.includes(t)) ? 0.5 : -0.5;
}

function mismatchOf(q: Question, parts: Agreement): ScoredFact['mismatch'] {
  if (q.metric && parts.head === 0) return 'metric';
  if (parts.kind < 0) return 'kind';
  if (parts.time < 0) return 'time';
  if (parts.unit < 0) return 'unit';
  if (parts.given < 0) return 'bar';
  return undefined;
}

// The question's terms near the figure in its clause: each term by its nearest occurrence, a term
// beside the figure counting fully and one a sentence away little ("words around the figure").
function nearness(q: Question, occ: readonly Occurrence[], fact: Fact, total: number): number {
  const best = new Map<number, number>();
  for (const o of occ) {
    const gap = Math.max(0, fact.start - o.end, o.start - fact.end);
    const w = 1 / (1 + gap / NEAR_SCALE);
    if (w > (best.get(o.term) ?? 0)) best.set(o.term, w);
  }
  let s = 0;
  for (const [term, w] of best) s += (q.focus[term]?.weight ?? 0) * w;
  return total === 0 ? 0 : Math.min(1, s / total);
}

// Which facts may answer: those of the regions and the version asked about, and not a figure the
// question itself writes (停产一年以上的，罚多少; of the four PD-1 drugs, how many), which is its
// condition, never its answer.
function candidates(store: IndexStore, q: Question, regions: readonly RegionFilter[]): (fact: Fact) => boolean {
  const asked = versionAsked(store, q);
  const written = q.lang === 'zh' ? undefined : new Set(writtenNumbers(q.norm));
  return (fact) => {
    if (!inRegions(fact, regions) || !asked(fact.docId)) return false;
    if (written) return fact.upper !== undefined || !written.has(fact.value);
    const text = normalizedFigure(fact);
    return [...text].length < 2 || !q.norm.includes(text);
  };
}

// Each figure's text normalised, kept while the fact is (an index's facts go with the index): every
// question of a region reads every one of its figures.
const figureTexts = new WeakMap<Fact, string>();

function normalizedFigure(fact: Fact): string {
  let text = figureTexts.get(fact);
  if (text === undefined) {
    text = normalize(fact.text).text;
    figureTexts.set(fact, text);
  }
  return text;
}

/** What a figure says without its context: the agreements read from the figure alone. */
export interface FigureParts {
  readonly head: number;
  readonly time: number;
  readonly kind: number;
  readonly unit: number;
  readonly contradicts: boolean;
  /** Its agreement on the bar, when the figure alone says it (see givenByFigure). */
  readonly given: number | undefined;
}

/**
 * Scores the facts of the regions asked about against one number question: the score is the
 * learned weights times the figure's evidence (see factFeatures). Made once per question, so that the
 * terms, their weights and the filter are worked out once, not per figure.
 */
export class FactScorer {
  private readonly focus: readonly FocusTerm[];
  private readonly total: number;
  private readonly focusQ: Question;
  private readonly occurrencesOf = new Map<number, Occurrence[]>();
  private readonly isCandidate: (fact: Fact) => boolean;
  /** Whether bounds hold: a term of negative or non-finite weight could take coverage past 1. */
  private readonly bounded: boolean;
  private readonly ends = new Map<number | string, readonly number[]>();
  private readonly scratch: number[] = [];
  private readonly found: TermsFound;
  /** The noun naming who must act in the question (fact-actor.ts), if it names one. */
  private readonly actor: string | undefined;

  constructor(
    private readonly store: IndexStore,
    private readonly q: Question,
    private readonly regions: readonly RegionFilter[],
    private readonly family: FamilyModel,
  ) {
    this.focus = writtenFocus(store, q, regions);
    this.total = this.focus.reduce((s, f) => s + f.weight, 0);
    this.focusQ = { ...q, focus: this.focus };
    this.isCandidate = candidates(store, q, regions);
    this.found = new TermsFound(this.focus);
    this.bounded = this.focus.every((f) => Number.isFinite(f.weight) && f.weight >= 0);
    this.actor = q.lang === 'zh' ? askedActor(q.norm) : undefined;
  }

  /** The facts that may answer, in the order of the index: the regions' (a city's: its province's, then narrowed). */
  candidates(): Fact[] {
    return this.read().filter(this.isCandidate);
  }

  /** The facts read for the question, before they are tested for whether they may answer (see admits). */
  read(): readonly Fact[] {
    return this.store.factsIn(this.regions);
  }

  /** Whether a fact read may answer (is one of candidates()). */
  admits(fact: Fact): boolean {
    return this.isCandidate(fact);
  }

  /** What `fact` says without its context. */
  figure(fact: Fact): FigureParts {
    const q = this.q;
    const head = headAgreement(q, fact);
    const otherMetric = q.metricStated === true && head === 0 && fact.head !== OTHER_HEAD;
    // A bar and money granted are told apart by cues that often come together (按投资额的20%给予补助):
    // a question for either is not contradicted by the other, only weighed down by kindMiss. A
    // question that gives its bar (超10亿元的企业有多少家) asks for what is counted, not for a bar.
    const asksQualifier = (q.want === 'threshold' || q.want === 'support') && q.given.length === 0;
    const qualifies = (fact.kind === 'threshold' || fact.kind === 'support') && q.want !== fact.kind && !asksQualifier;
    return {
      head,
      time: timeAgreement(q, fact),
      kind: kindAgreement(q, fact),
      unit: unitAgreement(q, fact),
      contradicts: otherMetric || qualifies,
      given: givenByFigure(q, fact),
    };
  }

  /**
   * A score the fact `p` is read from cannot exceed, read from the figure alone: the evidence its
   * context gives (its terms' coverage, their nearness, the phrase, the bar its sentence names, a
   * table cell) taken at whichever end of its range weighs most. The same products summed in the same
   * order as the score's, so that rounding keeps the bound above it. Bounds repeat (the agreements
   * are steps) and are kept per question by what they are read from.
   */
  bound(p: FigureParts, fact: Fact): number {
    if (!this.bounded) return Infinity;
    const bound = dot(this.family.weights, this.strongest(p, fact));
    // A weight that is not a number bounds nothing: the figure is scored.
    return Number.isNaN(bound) ? Infinity : bound;
  }

  // The evidence at its strongest for the fact `p` is read from (see bound), kept per question by
  // what it is read from.
  private strongest(p: FigureParts, fact: Fact): readonly number[] {
    const namedTable = this.namedTable(fact);
    const key = boundKey(p, namedTable);
    let x = this.ends.get(key);
    if (!x) {
      // A question that names no actor gives every figure 0: no bound above it.
      const actorAt = (high: boolean) => (this.actor === undefined ? 0 : Number(high) * 2 - 1);
      const [low, high] = [false, true].map((high) =>
        factFeatures({
          parts: { ...p, coverage: high ? 1 : 0, given: p.given ?? (high ? 0.5 : -0.5) },
          metricAsked: this.q.metric !== undefined,
          metricStated: this.q.metricStated === true,
          own: high ? 1 : 0,
          near: high ? 1 : 0,
          phrase: high ? 1 : 0,
          tableCell: high,
          namedTable,
          actor: actorAt(high),
          deadline: this.q.deadline === undefined ? 0 : Number(high) * 2 - 1,
        }),
      );
      x = strongest(this.family.weights, low as number[], high as number[]);
      this.ends.set(key, x);
    }
    return x;
  }

  /**
   * `fact` scored, or undefined when its clause is not in the index or when its score is certainly
   * below `floor`: bounded again once its terms' coverage is known (before the rest of its evidence
   * is read), and once all but their nearness, the costliest, is.
   */
  score(fact: Fact, floor = -Infinity, p = this.figure(fact)): ScoredFact | undefined {
    const context = factContext(this.store, fact);
    if (!context) return undefined;
    const q = this.q;
    const found = this.found.of(context);
    const bounding = floor > -Infinity && this.bounded;
    if (bounding) {
      const x = this.scratch;
      const strongest = this.strongest(p, fact);
      for (let k = 0; k < strongest.length; k++) x[k] = strongest[k] as number;
      x[COVERAGE] = found.coverage;
      x[OWN] = found.own;
      // No term anywhere in the clause: no phrase of the question and none near the figure.
      if (found.coverage === 0) x[PHRASE] = x[NEAR] = 0;
      if (dot(this.family.weights, x) < floor) return undefined;
    }
    const parts: Agreement = {
      head: p.head,
      coverage: found.coverage,
      time: p.time,
      kind: p.kind,
      unit: p.unit,
      given: p.given ?? givenInSentence(q, context),
    };
    const own = found.own;
    const phrase = parts.coverage > 0 ? phraseAlignment(q.askedPhrase, context.own) : 0;
    const tableCell = context.clause.kind === 'row';
    const actor = actorAgreement(this.actor, context.clause.text, fact.start);
    const deadline = deadlineAgreement(q.deadline, context.clause.text, fact);
    let near = 0;
    if (parts.coverage > 0) {
      if (bounding) {
        const nearest = (this.family.weights[NEAR] ?? 0) >= 0 ? 1 : 0;
        const bound = dot(
          this.family.weights,
          this.features(parts, { own, near: nearest, phrase, tableCell, actor, deadline, fact }),
        );
        if (bound < floor) return undefined;
      }
      near = nearness(this.focusQ, this.occurrencesIn(context), fact, this.total);
    }
    const features = this.features(parts, { own, near, phrase, tableCell, actor, deadline, fact });
    const score = dot(this.family.weights, features);
    if (score < floor) return undefined;
    const mismatch = mismatchOf(q, parts);
    return {
      fact,
      context,
      score,
      parts,
      features,
      ...(mismatch ? { mismatch } : {}),
      ...(p.contradicts ? { contradicts: true } : {}),
    };
  }

  private features(
    parts: Agreement,
    e: {
      own: number;
      near: number;
      phrase: number;
      tableCell: boolean;
      actor: number;
      deadline: number;
      fact: Fact;
    },
  ) {
    const q = this.q;
    return factFeatures({
      parts,
      metricAsked: q.metric !== undefined,
      metricStated: q.metricStated === true,
      own: e.own,
      near: e.near,
      phrase: e.phrase,
      // A figure written with its unit in a sentence goes before the same figure in a table cell,
      // unless the question names the table (According to Table 1…).
      tableCell: e.tableCell,
      namedTable: this.namedTable(e.fact),
      actor: e.actor,
      deadline: e.deadline,
    });
  }

  private namedTable(fact: Fact): boolean {
    return this.q.table !== undefined && fact.clauseId.includes(`/table${this.q.table}.`);
  }

  // The question's terms in the fact's clause, found once per clause and question.
  private occurrencesIn(context: FactContext): Occurrence[] {
    let occ = this.occurrencesOf.get(context.index);
    if (!occ) {
      // The stored normalised text holds the clause's (and its lead heading's): a clause writing no
      // form there has none to find, and is not normalised again (most of a number question at scale).
      const { store, focus } = this;
      const writes = focus.some((f) => f.forms.some((form) => store.normalized.includes(context.index, form)));
      const text = context.clause.text;
      occ = writes ? occurrences(text, this.focusQ, store.normalizedClause(context.index, text)) : [];
      this.occurrencesOf.set(context.index, occ);
    }
    return occ;
  }
}

// The values agreements take (see headAgreement…givenByFigure), numbered for a bound's key.
const STEPS = [-1, -0.5, 0, 0.3, 0.5, 0.6, 0.7, 1];

// What a bound is read from, as a number (a string should an agreement take another value).
function boundKey(p: FigureParts, namedTable: boolean): number | string {
  let key = namedTable ? 1 : 0;
  for (const x of [p.head, p.time, p.kind, p.unit, p.given]) {
    const step = x === undefined ? STEPS.length : STEPS.indexOf(x);
    if (step < 0) return `${p.head} ${p.time} ${p.kind} ${p.unit} ${p.given} ${namedTable}`;
    key = key * 16 + step;
  }
  return key;
}

// The positions of the evidence a figure's context gives (see FACT_FEATURES).
const COVERAGE = FACT_FEATURES.indexOf('coverage');
const OWN = FACT_FEATURES.indexOf('own');
const NEAR = FACT_FEATURES.indexOf('near');
const PHRASE = FACT_FEATURES.indexOf('phrase');

// Per feature, whichever of two vectors' values weighs more (the products compared as computed).
function strongest(weights: readonly number[], a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, k) => ((weights[k] ?? 0) * (b[k] ?? 0) > (weights[k] ?? 0) * x ? (b[k] ?? 0) : x));
}

/**
 * Scores every fact of the regions asked about (all regions when none is named) against a number
 * question, best first (see FactScorer). A fact that disagrees with the question on metric, kind,
 * time, unit or bar stays a candidate with a lower score, and carries the mismatch so a note can say
 * what the documents state. Every fact is scored: for learning; an answer reads bestFacts.
 */
export function rankFacts(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  family: FamilyModel,
): ScoredFact[] {
  const scorer = new FactScorer(store, q, regions, family);
  const out: ScoredFact[] = [];
  for (const fact of scorer.candidates()) {
    const scored = scorer.score(fact);
    if (scored) out.push(scored);
  }
  return out.sort((a, b) => b.score - a.score);
}
