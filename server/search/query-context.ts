// What the expansion steps may know about the index, as plain lookups: a query plan can be built and
// tested with a made-up context and no index at all.
import { synonyms, thesaurus, type Synonyms, type Thesaurus } from '../../indexer/analysis/index.ts';
import type { RegionFilter } from './regions.ts';
import type { Translator } from './translate.ts';

/** A document as the document-name step sees it. */
export interface TitledDocument {
  readonly id: string;
  readonly title: string;
}

/** The lookups the expansion steps use; each is optional but the data files. */
export interface QueryContext {
  /** English -> Chinese (absent: Latin words are searched as written). */
  readonly translator?: Pick<Translator, 'translate'>;
  /** The region a name stands for, when the index has documents from there. */
  readonly region?: (name: string) => RegionFilter | undefined;
  /** The index's documents and their titles. */
  readonly documents?: readonly TitledDocument[];
  /** Longer forms the corpus writes for a short form it does not (发改委 -> 发展改革委), most used first. */
  readonly longForms?: (form: string) => readonly string[];
  /** In how many clauses a normalised phrase occurs verbatim. */
  readonly phraseCount?: (form: string) => number;
  readonly synonyms: Synonyms;
  readonly thesaurus: Thesaurus;
}

/** A context with the data files only: synonyms and thesaurus, no index. */
export function dataContext(): QueryContext {
  return { synonyms: synonyms(), thesaurus: thesaurus() };
}
