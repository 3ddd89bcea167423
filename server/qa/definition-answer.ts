// "What is X" in a law's own words: the sentence that defines X (本法所称X，是指Y; X，是指Y) answers Y.
import { normalize } from '../../indexer/analysis/index.ts';
import { sentences } from '../../indexer/figures/index.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { namedScope } from './document-named.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';
import { retrieve } from './retrieve.ts';
import { QUESTION_WORDS as W } from './words.ts';

// How a law words a definition: the term (after 所称, or opening the sentence, its article or its
// item), 是指, the meaning.
const DEFINES =
  /(?:所称|^\s*(?:第[一二三四五六七八九十百零〇\d]+条)?\s*(?:[（(][一二三四五六七八九十\d]+[)）])?)\s*([^，,。；;\s]{1,30}?)\s*[，,]?\s*是指\s*([^。；;]+)/u;

/** True when a question asks what a term means (是指什么, 定义, how does … define). */
export function asksDefinition(q: Question): boolean {
  return (q.lang === 'zh' ? W.definition.zh : W.definition.en).test(q.norm);
}

/**
 * The meaning the retrieved clauses give the question's term: of the sentences that define
 * something, the one whose defined term holds most of the question's words (all of the term's
 * characters being the question's words counts most); undefined when none defines anything the
 * question names. The confidence is how much of the defined term the question's words cover.
 */
export function definitionAnswer(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
): RegionAnswer | undefined {
  // A question naming its law by title looks in that law first, for the words besides the title's.
  const scope = namedScope(store, q, regions);
  const found = definedIn(store, scope.asked, regions, scope.ids);
  return found ?? (scope.ids ? definedIn(store, q, regions, undefined) : undefined);
}

function definedIn(
  store: IndexStore,
  asked: Question,
  regions: readonly RegionFilter[],
  ids: ReadonlySet<string> | undefined,
): RegionAnswer | undefined {
  let best: { score: number; index: number; start: number; end: number; text: string } | undefined;
  for (const { index } of retrieve(store, asked, regions, ids)) {
    const clause = store.clauses.get(index) as Clause;
    for (const s of sentences(clause.text)) {
      const m = DEFINES.exec(s.text);
      if (!m) continue;
      const term = normalize(m[1] as string).text.replace(/[“”"「」]/g, '');
      const covered = new Uint8Array(term.length);
      for (const f of asked.focus)
        for (const form of f.forms)
          for (let at = term.indexOf(form); at >= 0; at = term.indexOf(form, at + 1))
            covered.fill(1, at, at + form.length);
      const score = covered.reduce((n, c) => n + c, 0) / Math.max(1, term.length);
      if (score === 0 || (best && score <= best.score)) continue;
      const meaning = m[2] as string;
      const start = s.start + s.text.indexOf(meaning, m.index);
      best = { score, index, start, end: start + meaning.length, text: meaning.trim() };
    }
  }
  if (!best) return undefined;
  return {
    answer: { text: best.text, english: best.text },
    confidence: Math.round(0.9 * best.score * 100) / 100,
    citations: [clauseHit(store, { index: best.index, score: 1 }, [], [{ start: best.start, end: best.end }])],
  };
}
