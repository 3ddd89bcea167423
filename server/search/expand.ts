// The search box's query builder: the pure parser, then the expansion steps, in this one list.
import { articleReferences, documentNames } from './expand-documents.ts';
import { translateEnglish } from './expand-english.ts';
import { addLongForms, addSynonyms, addThesaurus } from './expand-forms.ts';
import { placeFilters } from './expand-places.ts';
import { dataContext, type QueryContext } from './query-context.ts';
import { parseQueryText } from './query-parser.ts';
import type { Query } from './query.ts';

/** A step of expansion: a function from a query to a query, given what the index knows. */
export type ExpansionStep = (query: Query, context: QueryContext) => Query;

/**
 * The expansion steps, in order: article references before translation (`art. 98` is no English to
 * translate); translation before places and names (Zhejiang is found by the translator); document
 * names before the forms (a title is not searched as text); synonyms before the thesaurus, and
 * abbreviations last, for what neither knows.
 */
export const EXPANSION_STEPS: ReadonlyArray<readonly [name: string, step: ExpansionStep]> = [
  ['article references', articleReferences],
  ['translation', translateEnglish],
  ['places', placeFilters],
  ['document names', documentNames],
  ['synonyms', addSynonyms],
  ['thesaurus', addThesaurus],
  ['abbreviations', addLongForms],
];

/** How to read a query: `lang` `zh` searches Latin words as they are; `auto` and `en` translate English. */
export interface ParseOptions {
  readonly lang?: 'auto' | 'zh' | 'en';
  /** What the index knows (`queryContext(store)`); the data files alone when absent. */
  readonly context?: QueryContext;
}

/**
 * The search box's query: `parseQueryText`, then every expansion step. With `lang` `zh`, or without
 * a translator in the context, English is searched as written.
 * @example parseQuery('集采').clauses -> [must [集采 | 集中带量采购~synonym | 带量采购~synonym | 集中采购~synonym]]
 */
export function parseQuery(q: string, options: ParseOptions = {}): Query {
  const base = options.context ?? dataContext();
  // `zh`: Latin words are text, as written; everything else expands as usual.
  const context: QueryContext = options.lang === 'zh' ? withoutTranslator(base) : base;
  const english = context.translator !== undefined;
  let query = parseQueryText(q, { english });
  for (const [, step] of EXPANSION_STEPS) query = step(query, context);
  return query;
}

function withoutTranslator(context: QueryContext): QueryContext {
  const out: { -readonly [K in keyof QueryContext]: QueryContext[K] } = { ...context };
  delete out.translator;
  return out;
}
