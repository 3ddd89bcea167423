// The candidates ask() weighs for a question, as feature vectors: what `npm run learn` learns from.
import type { IndexStore } from '../../search/index-store.ts';
import type { RegionFilter } from '../../search/regions.ts';
import { unanswerable } from '../answer.ts';
import { asksArticle, asksChapter } from '../article-answer.ts';
import { compareRegions, questionFor } from '../compare.ts';
import { contradictions, traitsOf } from '../confidence.ts';
import { rankFacts } from '../fact-answer.ts';
import { asksDefinition, definitionAnswer } from '../definition-answer.ts';
import { asksDocNumber, asksForIssue, docNumberAnswer } from '../metadata-answer.ts';
import type { Model, QuestionTraits } from '../model.ts';
import { analyzeQuestion, type Question } from '../question.ts';
import { retrieve } from '../retrieve.ts';
import { answersWithStatement, candidateStatement, rankSpans } from '../span-answer.ts';

/** One candidate answer: its text, its features, its coverage of the question. */
export interface Candidate {
  readonly text: string;
  readonly x: readonly number[];
  readonly coverage: number;
  /** How many of the question's constraints it contradicts (figures only). */
  readonly contradictions: number;
}

/**
 * The candidates of one question, or of one region of a compare question (whose spans are weighed
 * as their statements, as its rows give them).
 */
export interface Instance {
  readonly family: 'facts' | 'spans';
  /** The region asked about, for a compare question. */
  readonly region?: RegionFilter;
  /** What the calibration reads of the question (whether it asks for a list). */
  readonly traits: QuestionTraits;
  readonly candidates: readonly Candidate[];
}

/** Figures kept per instance, best first by the model given: the rest never come near the top. */
const FACT_POOL = 200;

function instanceOf(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  model: Model,
  statements = false,
): Instance {
  if (q.shape === 'number') {
    const ranked = rankFacts(store, q, regions, model.facts)
      .filter((r) => !r.contradicts)
      .slice(0, FACT_POOL);
    return {
      family: 'facts',
      traits: traitsOf(q),
      candidates: ranked.map((r) => ({
        text: r.fact.text,
        x: r.features,
        coverage: r.parts.coverage,
        contradictions: contradictions(r),
      })),
    };
  }
  const clauses = retrieve(store, q, regions);
  const spans = rankSpans(store, q, clauses, model.spans, regions);
  return {
    family: 'spans',
    traits: traitsOf(q),
    candidates: spans.map((s) => ({
      text: statements ? candidateStatement(store, s).text : s.span.text,
      x: s.features,
      coverage: s.coverage,
      contradictions: 0,
    })),
  };
}

/**
 * The instances ask() would weigh for `text`, following its stages: none when the question is
 * refused, lists regions, asks how each document puts something, or is answered from metadata;
 * one per region for a compare question; else one. Features do not depend on the weights; `model`
 * only orders the figures kept.
 */
export function instancesOf(store: IndexStore, text: string, model: Model): Instance[] {
  const q = analyzeQuestion(store, text);
  if (unanswerable(store, q, q.regions) || q.spread === 'regions' || asksArticle(q) || asksChapter(q)) return [];
  if ((q.shape === 'when' || q.shape === 'period') && asksForIssue(q)) return [];
  // A document's number and a law's definition, when found, are answered before any candidate is weighed.
  if (asksDocNumber(q) && docNumberAnswer(store, q, retrieve(store, q, q.regions), q.regions)) return [];
  if (asksDefinition(q) && q.shape !== 'number' && definitionAnswer(store, q, q.regions)) return [];
  // A region's own words for how it puts something are no weighed candidates.
  if (q.phrasing) return [];
  if (q.spread === 'compare') {
    return compareRegions(store, q.regions).map((r) => ({
      ...instanceOf(store, questionFor(q, r), [r], model, true),
      region: r,
    }));
  }
  return [instanceOf(store, q, q.regions, model, answersWithStatement(q))];
}
