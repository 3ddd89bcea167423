// The documents a question names by their titles (G60若干措施, 药品管理法实施条例第几条), and the
// question without the words it names them by.
import { normalize } from '../../indexer/analysis/index.ts';
import type { IndexedDocument } from '../../indexer/store/index.ts';
import type { Question } from './question.ts';

/**
 * The documents whose titles hold the most weight of the question's words, all of them on a tie;
 * none when no title holds any.
 */
export function documentsByTitle(docs: readonly IndexedDocument[], q: Question): IndexedDocument[] {
  let best = 0;
  let out: IndexedDocument[] = [];
  for (const d of docs) {
    const title = normalize(d.meta.title).text;
    const score = q.focus.reduce((sum, f) => sum + (f.forms.some((x) => title.includes(x)) ? f.weight : 0), 0);
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
