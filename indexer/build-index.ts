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
export function searchIndexOptions(onTextTerms?: (terms: readonly string[]) => void): Options<Clause> {
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
        if (!terms) {
          terms = analyze(text).map((t) => t.term);
          headingTerms.set(text, terms);
        }
        return terms;
      }
      const terms = analyze(text).map((t) => t.term);
      onTextTerms?.(terms);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  };
}

/**
 * Indexes clauses for search, and counts in how many clauses each term occurs (the vocabulary:
 * English translation ranks its candidates by it). `onProgress` gets the count done per batch.
 * @throws Error from MiniSearch for a duplicate clause id (ids are made unique by the chunker).
 */
export function buildSearchIndex(
  clauses: readonly Clause[],
  onProgress?: (done: number) => void,
): { search: MiniSearch<Clause>; vocabulary: Record<string, number> } {
  const vocabulary: Record<string, number> = {};
  const index = new MiniSearch<Clause>(
    searchIndexOptions((terms) => {
      for (const term of new Set(terms)) vocabulary[term] = (vocabulary[term] ?? 0) + 1;
    }),
  );
  const batch = 500;
  for (let k = 0; k < clauses.length; k += batch) {
    index.addAll(clauses.slice(k, k + batch));
    onProgress?.(Math.min(clauses.length, k + batch));
  }
  return { search: index, vocabulary };
}
