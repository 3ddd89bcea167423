// The documents a question names by their titles (G60若干措施, 药品管理法实施条例第几条), and the
// question without the words it names them by.
import { normalize } from '../../indexer/analysis/index.ts';
import type { IndexedDocument } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import type { Question } from './question.ts';

/**
 * The documents whose titles hold the most weight of the question's words (of an English question,
 * those that name a document when it has some), all of them on a tie; none when no title holds any.
 */
export function documentsByTitle(docs: readonly IndexedDocument[], q: Question): IndexedDocument[] {
  // An English question's words that name a document (the Biosecurity Law) are the ones to match,
  // when it has such words: "labs" asked about says nothing of a title holding 实验室.
  const naming = q.focus.filter((f) => f.naming);
  const terms = naming.length > 0 ? naming : q.focus;
  let best = 0;
  let out: IndexedDocument[] = [];
  for (const d of docs) {
    const title = normalize(d.meta.title).text;
    const score = terms.reduce((sum, f) => sum + (f.forms.some((x) => title.includes(x)) ? f.weight : 0), 0);
    if (score > best + 1e-9) {
      best = score;
      out = [d];
    } else if (score > 0 && Math.abs(score - best) <= 1e-9) out.push(d);
  }
  return out;
}

/**
 * The question without the terms its documents' titles hold (药品管理法, 条例 in a question on
 * 《药品管理法实施条例》): within those documents they say nothing of which clause is meant.
 * The question as it was when nothing else would be left.
 */
export function withoutTitleWords(q: Question, docs: readonly IndexedDocument[]): Question {
  if (docs.length === 0) return q;
  const titles = docs.map((d) => normalize(d.meta.title).text);
  const named = (form: string) => titles.every((t) => t.includes(form));
  const focus = q.focus.filter((f) => f.forms.length === 0 || !f.forms.some(named));
  return focus.length > 0 ? { ...q, focus } : q;
}

/** Where a question on a named law looks: that law's documents (none: everywhere) and its words besides the title's. */
export interface NamedScope {
  readonly ids?: ReadonlySet<string>;
  readonly asked: Question;
}

/**
 * The documents of `regions` the question names by title (see documentsByTitle), and the question
 * without their titles' words; everywhere and the question itself when it names none.
 */
export function namedScope(store: IndexStore, q: Question, regions: readonly RegionFilter[]): NamedScope {
  const docs = [...store.documents.values()].filter((d) => regions.length === 0 || inRegions(d.meta, regions));
  const named = documentsByTitle(docs, q);
  if (named.length === 0) return { asked: q };
  return { ids: new Set(named.map((d) => d.meta.id)), asked: withoutTitleWords(q, named) };
}
