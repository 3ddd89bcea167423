// Public surface of the index store: the records the indexer writes and the server reads, and their files.
export { IndexLoadError, INDEX_FORMAT_VERSION, readIndex, writeIndex, type IndexData } from './persist.ts';
export { lexiconIdentity, readLexicon, type Lexicon } from './lexicon.ts';
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
