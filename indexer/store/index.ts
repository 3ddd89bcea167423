// Public surface of the index store: the records the indexer writes and the server reads, and their files.
export {
  IndexLoadError,
  INDEX_FORMAT_VERSION,
  openIndexFile,
  readIndex,
  readIndexSummary,
  writeIndex,
  type IndexData,
  type IndexSummary,
} from './persist.ts';
export { removeStaleTemporaries } from './index-file.ts';
export { FactTable } from './fact-table.ts';
export type { Table, TextTable } from './records.ts';
export { numbering, storedFromData, type ClauseColumns, type Place, type StoredIndex } from './stored-index.ts';
export { shrinkRefusal } from './keep-last-good.ts';
export { lexiconIdentity, readLexicon, type Lexicon } from './lexicon.ts';
export { contains, difference, intersect, seek, union } from './postings.ts';
export { buildSuggestionIndex, SuggestionIndex, type SuggestionIndexData } from './suggestion-index.ts';
export { TermIndex, type PostingFile, type TermIndexParts } from './term-index.ts';
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
