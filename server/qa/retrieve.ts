// The clauses a question is most likely answered in: BM25 over its weighted terms, exact names first.
import { analyze, normalize } from '../../indexer/analysis/index.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { makeUnit } from '../search/query-parser.ts';
import { rankByTerms, type Ranked } from '../search/rank.ts';
import { phraseMatches } from '../search/phrase-match.ts';
import { QA_DEFAULTS } from './defaults.ts';
import type { Question } from './question.ts';

/** Pieces of longer words (带量采购 in 集中带量采购) count this much of their word's weight. */
const SUB_WORD_WEIGHT = 0.3;
/** A clause holding a quoted (strong) term verbatim: its score times this, plus the bonus. */
const EXACT_FACTOR = 1.5;
const EXACT_BONUS = 5;

/**
 * The clauses `keep` allows, ranked for the question: BM25 over its terms each weighted by its
 * rarity, a clause holding a quoted or Chinese-in-English term verbatim lifted above the rest.
 */
export function retrieve(store: IndexStore, q: Question, keep: (c: Clause) => boolean): Ranked[] {
  const weight = new Map<string, number>();
  for (const f of q.focus) {
    for (const form of f.forms) {
      for (const t of analyze(form))
        weight.set(t.term, Math.max(weight.get(t.term) ?? 0, f.weight * (t.sub ? SUB_WORD_WEIGHT : 1)));
    }
  }
  const scores = new Map<number, number>();
  for (const r of rankByTerms(store, weight, keep)) scores.set(r.index, r.score);
  for (const f of q.focus.filter((x) => x.strong)) {
    for (const form of f.forms) {
      const unit = makeUnit(form, true);
      if (!unit) continue;
      for (const k of phraseMatches(store, unit)) {
        if (keep(store.clauses[k] as Clause)) scores.set(k, (scores.get(k) ?? 0) * EXACT_FACTOR + EXACT_BONUS);
      }
    }
  }
  return [...scores]
    .map(([index, score]) => ({ index, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, QA_DEFAULTS.spans.candidates);
}

/** An occurrence of one of the question's terms in a text (offsets in the original text). */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  /** Which focus term. */
  readonly term: number;
}

/** Where the question's terms stand in `text`. */
export function occurrences(text: string, q: Question): Occurrence[] {
  const n = normalize(text);
  const out: Occurrence[] = [];
  q.focus.forEach((f, term) => {
    for (const form of f.forms) {
      for (let at = n.text.indexOf(form); at >= 0; at = n.text.indexOf(form, at + 1)) {
        out.push({
          start: n.starts[at] as number,
          end: n.ends[at + form.length - 1] as number,
          weight: f.weight,
          term,
        });
      }
    }
  });
  return out;
}
