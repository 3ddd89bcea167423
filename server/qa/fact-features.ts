// A figure as a vector of evidence: how its metric, words, time, kind, unit and bar agree with the question.
import type { Agreement } from './fact-answer.ts';

/**
 * The features of a figure, in the order of the weights in data/weights.json. Each agreement is
 * split into what it says for (a match), a weaker match and what it says against (a mismatch), so
 * that a mismatch lowers the score by its own learned amount instead of removing the candidate.
 */
export const FACT_FEATURES = [
  'head',
  'headNear',
  'headMiss',
  'headContra',
  'coverage',
  'own',
  'near',
  'phrase',
  'time',
  'timeNear',
  'timeMiss',
  'kind',
  'kindLoose',
  'kindMiss',
  'unit',
  'unitNear',
  'unitMiss',
  'given',
  'givenNear',
  'givenMiss',
  'tableCell',
  'namedTable',
  'actor',
  'actorMiss',
  'deadline',
  'deadlineMiss',
] as const;

/** What a figure's evidence is read from, besides its agreements. */
export interface FactEvidence {
  readonly parts: Agreement;
  /** The question names a metric (a figure of no head it names then disagrees). */
  readonly metricAsked: boolean;
  /** …in the very phrase 多少 attaches to (营业收入目标是多少), so that another metric contradicts it. */
  readonly metricStated: boolean;
  /** Share of the question's terms (by weight) in the figure's own phrase. */
  readonly own: number;
  /** The question's terms close to the figure in its clause, by weight, nearer counting more (0..1). */
  readonly near: number;
  /** How much of the phrase 多少 attaches to the figure's own words write in one piece, in order (0..1). */
  readonly phrase: number;
  readonly tableCell: boolean;
  readonly namedTable: boolean;
  /** Whether the figure's sentence names the actor the question asks about as who acts: 1, 0 or -1 (fact-actor.ts). */
  readonly actor: number;
  /** Whether the figure is counted from an event the way the question asks: 1, 0 or -1 (fact-deadline.ts). */
  readonly deadline: number;
}

const on = (b: boolean): number => (b ? 1 : 0);

/**
 * The longest run of `phrase` that `text` writes in one piece, as a share of the phrase: word order
 * counts (省级智能制造示范工厂 written whole beats 省级示范智能车间, which has most of its words).
 */
export function phraseAlignment(phrase: string | undefined, text: string): number {
  if (!phrase) return 0;
  let best = 0;
  for (let i = 0; i < phrase.length && phrase.length - i > best; i++) {
    for (let j = i + best + 1; j <= phrase.length && text.includes(phrase.slice(i, j)); j++) best = j - i;
  }
  return best / phrase.length;
}

/** The feature vector of a figure (see FACT_FEATURES). */
export function factFeatures(e: FactEvidence): number[] {
  const p = e.parts;
  return [
    on(p.head >= 1),
    on(p.head > 0.5 && p.head < 1),
    on(e.metricAsked && !e.metricStated && p.head === 0),
    on(e.metricStated && p.head === 0),
    p.coverage,
    e.own,
    e.near,
    e.phrase,
    on(p.time >= 1),
    p.time > 0 && p.time < 1 ? p.time : 0,
    on(p.time < 0),
    on(p.kind >= 1),
    p.kind > 0 && p.kind < 1 ? 1 : 0,
    on(p.kind < 0),
    on(p.unit >= 1),
    p.unit > 0 && p.unit < 1 ? 1 : 0,
    on(p.unit < 0),
    on(p.given >= 1),
    p.given > 0 && p.given < 1 ? 1 : 0,
    p.given < 0 ? -p.given : 0,
    on(e.tableCell),
    on(e.namedTable),
    on(e.actor > 0),
    on(e.actor < 0),
    on(e.deadline > 0),
    on(e.deadline < 0),
  ];
}
