// The clauses of an article of a law: labelled with it (第九十八条, 第九十八条第二款), under a heading
// that is it, or opening with it.
import { normalize } from '../../indexer/analysis/index.ts';
import type { IndexStore } from './index-store.ts';

const cache = new WeakMap<IndexStore, Map<string, Int32Array>>();

// `第九十八条` opens 第九十八条 and 第九十八条第二款, not the article inserted after it (第九十八条之一).
function opens(text: string, label: string): boolean {
  return text.startsWith(label) && text[label.length] !== '之';
}

/**
 * The clauses (ascending numbers) of the article `label` (`第九十八条`, or a paragraph of one:
 * `第九十八条第二款`): a clause whose label, last heading or text opens with it. Cached per index.
 */
export function articleClauses(store: IndexStore, label: string): Int32Array {
  let byLabel = cache.get(store);
  if (!byLabel) {
    byLabel = new Map();
    cache.set(store, byLabel);
  }
  const known = byLabel.get(label);
  if (known) return known;
  const out: number[] = [];
  // From the label and section columns and the normalised texts: no clause is read.
  for (let k = 0; k < store.clauses.length; k++) {
    const forms = [store.labelOf(k), store.sectionOf(k).at(-1) ?? '', store.normalized.get(k) ?? ''].map((t) =>
      normalize(t).text.trim(),
    );
    if (forms.some((t) => opens(t, label))) out.push(k);
  }
  const found = Int32Array.from(out);
  byLabel.set(label, found);
  return found;
}
