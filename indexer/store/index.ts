// Public surface of the index store: the records the indexer writes and the server reads, and their files.
export { IndexLoadError, INDEX_FORMAT_VERSION, readIndex, writeIndex, type IndexData } from './persist.ts';
export { lexiconIdentity, readLexicon, type Lexicon } from './lexicon.ts';
export { contains, difference, intersect, seek, union } from './postings.ts';
export { buildSuggestionIndex, SuggestionIndex, type SuggestionIndexData } from './suggestion-index.ts';
export { TermIndex, type TermIndexParts } from './term-index.ts';
export { vocabularyOf, type FieldIndex, type WordIndex } from './word-index.ts';
export {
  FIELD_BOOST,
  type Bilingual,
  type Clause,
  type DocumentMeta,
  type IndexedDocument,
  type OutlineEntry,
  type Fact,
  type FactKind,
} from './schema.ts';
