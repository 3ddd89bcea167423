// 第几条 questions: the article of a law or rule that says what is asked, by its label and its words.
import type { IndexStore } from '../search/index-store.ts';
import type { Ranked } from '../search/rank.ts';
import type { RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { namedScope } from './document-named.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';
import { retrieve } from './retrieve.ts';
import { QUESTION_WORDS as W } from './words.ts';

const ARTICLE = /^\s*(第[一二三四五六七八九十百零〇\d]+条)/;
/** Words of an article shown after its label in the answer. */
const WORDS_SHOWN = 60;

/** True when the question asks which article says something (第几条, which article). */
export function asksArticle(q: Question): boolean {
  return (q.lang === 'zh' ? W.article.zh : W.article.en).test(q.norm);
}

function articleOf(label: string, text: string): string | undefined {
  return /第.+条/.exec(label)?.[0] ?? ARTICLE.exec(text)?.[1];
}

/**
 * Answers a 第几条 question with the best-retrieved clause that is an article (of the law the
 * question names by its title, when it does): its label and its first words. The confidence is
 * the clause's lead over the next article (retrieval scores), not a learned probability.
 */
export function articleAnswer(store: IndexStore, q: Question, regions: readonly RegionFilter[]): RegionAnswer {
  // A question naming its law by title (药品管理法实施条例第几条…) is about that law's articles, and
  // the title's words say nothing of which one.
  const { ids, asked } = namedScope(store, q, regions);
  const isArticle = (r: Ranked) => {
    const c = store.clauses.get(r.index);
    return c !== undefined && articleOf(c.label, c.text) !== undefined;
  };
  let ranked = retrieve(store, asked, regions, ids).filter(isArticle);
  // What it asks may be in the title's own words (what counts as 麻醉药品和精神药品): then all of them.
  if (ranked.length === 0 && ids) ranked = retrieve(store, q, regions, ids).filter(isArticle);
  const best = ranked[0];
  const clause = best ? store.clauses.get(best.index) : undefined;
  if (!best || !clause) return { answer: null, confidence: 0, citations: [], note: 'No article states it.' };
  const label = articleOf(clause.label, clause.text) as string;
  const words = clause.text.replace(ARTICLE, '').trim().slice(0, WORDS_SHOWN);
  const next = ranked[1]?.score ?? 0;
  const lead = (best.score - next) / Math.max(best.score, 1e-9);
  const confidence = Math.round(Math.min(0.95, 0.5 + 0.5 * lead) * 100) / 100;
  const title = store.documents.get(clause.docId)?.meta.title ?? '';
  return {
    answer: { text: `${label} ${words}`, english: `Article ${label} of ${title}` },
    confidence,
    citations: [clauseHit(store, best, [])],
  };
}
