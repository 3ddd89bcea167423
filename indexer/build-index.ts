// Clause[] -> MiniSearch: the words of each clause and its headings, and its exact-match grams.
import MiniSearch, { type Options } from 'minisearch';
import { analyze, grams, normalize } from './analysis/analyzer.ts';
import { SEARCH_FIELDS, STORED_FIELDS, type Clause } from './schema.ts';

/** The text MiniSearch indexes in the `heading` field: the section path, title and table columns. */
export function headingText(clause: Clause): string {
  return [...clause.section, clause.title ?? '', ...(clause.columns ?? [])].join(' ');
}

/**
 * The MiniSearch options of every clause index, for building and for loading one from disk.
 * Terms come only from the analyzer. Queries are analysed by the query parser with the same
 * analyzer before they reach MiniSearch, so at search time each string it is given is one term.
 */
export function searchIndexOptions(): Options<Clause> {
  const headingTerms = new Map<string, string[]>();
  return {
    idField: 'id',
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORED_FIELDS],
    extractField: (clause, field) => {
      if (field === 'heading') return headingText(clause);
      if (field === 'grams') return clause.text;
      return (clause as unknown as Record<string, string>)[field] as string;
    },
    tokenize: (text, field) => {
      if (field === 'grams') return grams(normalize(text).text);
      if (field === 'heading') {
        // Sibling clauses share their headings: analyse each heading text once per build.
        let terms = headingTerms.get(text);
        if (!terms) { terms = analyze(text).map((t) => t.term); headingTerms.set(text, terms); }
        return terms;
      }
      return analyze(text).map((t) => t.term);
    },
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  };
}

/**
 * Indexes clauses for search. `onProgress` is called with the count done after each batch.
 * @throws Error from MiniSearch for a duplicate clause id (ids are made unique by the chunker).
 */
export function buildSearchIndex(clauses: readonly Clause[], onProgress?: (done: number) => void): MiniSearch<Clause> {
  const index = new MiniSearch<Clause>(searchIndexOptions());
  const batch = 500;
  for (let k = 0; k < clauses.length; k += batch) {
    index.addAll(clauses.slice(k, k + batch));
    onProgress?.(Math.min(clauses.length, k + batch));
  }
  return index;
}
