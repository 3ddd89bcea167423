// The MiniSearch options of the clause index: part of the index format, for building and loading.
import type { Options } from 'minisearch';
import { analyze, grams, normalize } from '../analysis/analyzer.ts';
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
      // eslint-disable-next-line no-restricted-syntax -- `field` is one of SEARCH_FIELDS, fixed names
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
