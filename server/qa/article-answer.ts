// 第几条 and 第几章 questions: the article of a law or rule that says what is asked, by its label and
// its words; the chapter that deals with it, by its label and heading.
import { normalize } from '../../indexer/analysis/index.ts';
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

/** True when the question asks which chapter deals with something (第几章, which chapter). */
export function asksChapter(q: Question): boolean {
  return (q.lang === 'zh' ? W.chapter.zh : W.chapter.en).test(q.norm);
}

const CHAPTER = /^第[一二三四五六七八九十百零〇\d]+章/;
/** Clauses weighed for a chapter question: a chapter is what most of the best of them are in. */
const CHAPTER_CLAUSES = 10;

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

/** A chapter's weight for a question, the best of its clauses, and its heading as written. */
interface ChapterWeight {
  readonly score: number;
  readonly best: Ranked;
  readonly heading: string;
}

// Each chapter among the best clauses, by its heading: the clauses' retrieval scores, and its
// heading's cover of the question's words times the best score. Two versions of a law share their
// chapters: the heading, not the document, is the answer.

function chapterWeights(store: IndexStore, q: Question, ranked: readonly Ranked[]): Map<string, ChapterWeight> {
  const weight = new Map<string, ChapterWeight>();
  const lead = ranked[0]?.score ?? 0;
  const total = Math.max(
    q.focus.reduce((sum, f) => sum + f.weight, 0),
    1e-9,
  );
  const cover = (heading: string) =>
    q.focus.reduce((sum, f) => sum + (f.forms.some((x) => x.length > 0 && heading.includes(x)) ? f.weight : 0), 0) /
    total;
  for (const r of ranked.slice(0, CHAPTER_CLAUSES)) {
    const heading = store.clauses.get(r.index)?.section.find((h) => CHAPTER.test(h));
    if (!heading) continue;
    const key = normalize(heading).text;
    const had = weight.get(key);
    const score = (had?.score ?? 0) + r.score + (had ? 0 : lead * cover(key));
    weight.set(key, { score, best: had?.best ?? r, heading: had?.heading ?? heading });
  }
  return weight;
}

/**
 * Answers a 第几章 question with the chapter (第五章 病原微生物实验室生物安全) that holds the most
 * weight among the best clauses of the law the question names (chapterWeights). The confidence is
 * its share of that weight, not a learned probability.
 */
export function chapterAnswer(store: IndexStore, q: Question, regions: readonly RegionFilter[]): RegionAnswer {
  const { ids, asked } = namedScope(store, q, regions);
  const weights = [...chapterWeights(store, asked, retrieve(store, asked, regions, ids)).values()];
  const all = weights.reduce((sum, w) => sum + w.score, 0);
  const top = weights.sort((a, b) => b.score - a.score)[0];
  if (!top) return { answer: null, confidence: 0, citations: [], note: 'No chapter deals with it.' };
  const label = CHAPTER.exec(top.heading)?.[0] ?? top.heading;
  const clause = store.clauses.get(top.best.index);
  const title = (clause && store.documents.get(clause.docId)?.meta.title) ?? '';
  return {
    answer: { text: top.heading, english: `${label} (chapter) of ${title}` },
    confidence: Math.round(Math.min(0.95, top.score / Math.max(all, 1e-9)) * 100) / 100,
    citations: [clauseHit(store, top.best, [])],
  };
}
