// A which or what question answered with the best place or name of the retrieved clauses.
import { englishName } from '../../indexer/regions/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { spanConfidence } from './confidence.ts';
import type { AskOptions } from './defaults.ts';
import { dateInEnglish, namesInEnglish } from './english.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';
import { retrieve } from './retrieve.ts';
import { candidateStatement, rankSpans, sameSpanAnswer, type SpanCandidate } from './span-answer.ts';

/**
 * Answers a which or what question from the clauses of `regions`: the best span (see rankSpans)
 * marked in its clause, with its confidence; declined (null, the closest clauses) when its sentence
 * says too little of the question or the confidence is under the threshold. With `statements` (a
 * compare row, a what-question, a list of things: answersWithStatement) the answer is what the
 * document says around the span (its statement), the span its `phrase` (and `english` the span's),
 * and the margin is over the next candidate with another statement.
 */
export function whichAnswer(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  o: Pick<AskOptions, 'threshold' | 'model'>,
  statements = false,
): RegionAnswer {
  const threshold = o.threshold;
  const ranked = retrieve(store, q, regions);
  const needles = q.focus.flatMap((f) => f.forms);
  const closest = ranked.slice(0, 3).map((r) => clauseHit(store, r, needles));
  const candidates = rankSpans(store, q, ranked, o.model.spans, regions);
  const best = candidates[0];
  if (!best)
    return {
      answer: null,
      confidence: 0,
      citations: closest,
      note: 'No clause names an answer; these are the closest clauses.',
      decline: { reason: 'no-answer-span' },
    };
  const said = (c: SpanCandidate) => (statements ? candidateStatement(store, c).text : c.span.text);
  const answerText = said(best);
  const next = candidates.find((c) => !sameSpanAnswer(said(c), answerText));
  const confidence = spanConfidence(o.model.spans, best, next, q);
  const hit = clauseHit(store, { index: best.clause, score: best.score }, [], [best.span]);
  // A list of items is cited with the clauses that hold them, after their lead-in.
  const others = best.items
    ? best.items.map((index) => clauseHit(store, { index, score: best.score }, needles))
    : ranked
        .filter((r) => r.index !== best.clause)
        .slice(0, 2)
        .map((r) => clauseHit(store, r, needles));
  if (confidence < threshold) {
    const note = `Not sure enough to answer (confidence ${confidence}); the likeliest span is marked in the first clause.`;
    return { answer: null, confidence, citations: [hit, ...others], note, decline: { reason: 'unsure' } };
  }
  const phrase = statements && answerText !== best.span.text ? { phrase: best.span.text } : {};
  const answer = { text: answerText, ...phrase, english: spanInEnglish(best) };
  return { answer, confidence, citations: [hit, ...others] };
}

function spanInEnglish(best: SpanCandidate): string {
  // Items are clauses, not names, and what is to be done or how often is a phrase: given as written.
  if (best.items || best.span.kind === 'action' || best.span.kind === 'frequency') return best.span.text;
  if (best.span.kind === 'date') return dateInEnglish(best.span.text);
  const listed = best.span.kind === 'places' || best.span.kind === 'names';
  return listed ? namesInEnglish(best.span.text) : englishName(best.span.text);
}
