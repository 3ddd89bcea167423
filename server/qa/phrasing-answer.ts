// "How does each plan put it" (怎么表述, 有什么举措, what do the plans say about X): a region's answer is
// its own words, the phrase of its best clauses that says most of what the question is about.
import type { Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import type { Question } from './question.ts';
import type { FocusTerm } from './question-terms.ts';
import type { RegionAnswer } from './region-answer.ts';
import { occurrences, retrieve } from './retrieve.ts';
import { QUESTION_WORDS as W } from './words.ts';
import { writtenFocus } from './written-focus.ts';

/**
 * Clauses of a region read for its phrase: the best retrieved. Set by hand, not learned: a phrase
 * is chosen by its share of the question's terms alone, with no weights to fit.
 */
const CLAUSES_READ = 5;
/** A phrase shorter than this (characters) runs on into the next one: 积极培育，… says too little alone. */
const MIN_PHRASE = 8;
// Where a phrase ends: a comma, a semicolon, a colon or a sentence's end; not 、, which joins a list.
const PHRASE_END = /[，,；;：:。！？!?]/g;

// The question's terms less the words asking how it is put (表述, 举措; form in "in what form"):
// they say how to answer, not what about.
function aboutTerms(q: Question): FocusTerm[] {
  const asking = new Set(
    q.lang === 'zh'
      ? W.phrasing.askingZh
      : q.translations.filter((t) => W.phrasing.askingEn.test(t.from.toLowerCase())).flatMap((t) => t.to),
  );
  return q.focus.filter((f) => f.forms.length === 0 || !f.forms.every((x) => asking.has(x)));
}

interface Phrase {
  readonly start: number;
  readonly end: number;
}

// The phrases of a clause's text, a short one joined to the next.
function phrasesOf(text: string): Phrase[] {
  const out: Phrase[] = [];
  let start = 0;
  for (const m of text.matchAll(PHRASE_END)) {
    const end = m.index + 1;
    if (end - start >= MIN_PHRASE || end === text.length) {
      out.push({ start, end: m.index });
      start = end;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim().length > 0);
}

/**
 * One region's own words for what the question is about: of its best retrieved clauses, the phrase
 * that writes the question's weightiest term and holds the largest weighed share of its terms (as
 * the region's documents write them).
 * The confidence is that share, not a learned probability; the row threshold applies to it.
 */
export function phrasingAnswer(store: IndexStore, asked: Question, region: RegionFilter): RegionAnswer {
  const q = { ...asked, focus: aboutTerms(asked) };
  // What the question is about above all: its weightiest term. A region that does not write it does
  // not say the thing, however much else of the question a clause of it says.
  const key = [...q.focus].filter((f) => f.forms.length > 0).sort((a, b) => b.weight - a.weight)[0];
  const focused = { ...q, focus: writtenFocus(store, q, [region]) };
  const keyAt = focused.focus.findIndex((f) => key !== undefined && f.forms.some((x) => key.forms.includes(x)));
  const total = focused.focus.reduce((s, f) => s + f.weight, 0);
  let best: { index: number; share: number; text: string; rank: number } | undefined;
  const ranked = retrieve(store, focused, [region]).slice(0, CLAUSES_READ);
  ranked.forEach(({ index }, rank) => {
    const clause = store.clauses.get(index) as Clause;
    const occ = occurrences(clause.text, focused);
    for (const p of phrasesOf(clause.text)) {
      const terms = new Set(occ.filter((o) => o.start >= p.start && o.end <= p.end).map((o) => o.term));
      if (!terms.has(keyAt)) continue;
      let weight = 0;
      for (const t of terms) weight += focused.focus[t]?.weight ?? 0;
      const share = total > 0 ? weight / total : 0;
      if (!best || share > best.share) best = { index, share, text: clause.text.slice(p.start, p.end).trim(), rank };
    }
  });
  const hit = best ? ranked[best.rank] : undefined;
  if (!best || !hit || best.share === 0) {
    return { answer: null, confidence: 0, citations: [], note: 'No clause of this region says it.' };
  }
  return {
    answer: { text: best.text },
    confidence: Math.round(best.share * 100) / 100,
    citations: [clauseHit(store, hit, [])],
  };
}
