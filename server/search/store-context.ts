// The query context of a loaded index: its translator, regions, document titles and long forms.
import { synonyms, thesaurus } from '../../indexer/analysis/index.ts';
import { longForms } from './abbreviations.ts';
import type { IndexStore } from './index-store.ts';
import { phraseMatches } from './phrase-match.ts';
import type { QueryContext } from './query-context.ts';
import { makeUnit } from './query.ts';

const contexts = new WeakMap<IndexStore, QueryContext>();

/** What the expansion steps may know of `store` (built once per index). */
export function queryContext(store: IndexStore): QueryContext {
  let context = contexts.get(store);
  if (!context) {
    context = {
      translator: store.translator,
      region: (name) => store.regions.resolve(name),
      documents: [...store.documents.values()].map((d) => ({ id: d.meta.id, title: d.meta.title })),
      longForms: (form) => longForms(store, form),
      phraseCount: (form) => {
        const unit = makeUnit(form, true);
        return unit ? phraseMatches(store, unit).length : 0;
      },
      synonyms: synonyms(),
      thesaurus: thesaurus(),
    };
    contexts.set(store, context);
  }
  return context;
}
