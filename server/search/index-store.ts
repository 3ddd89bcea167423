// The loaded index and what is derived from it once: clause and document by id, regions, caches.
import type MiniSearch from 'minisearch';
import { glossary } from '../../indexer/analysis/index.ts';
import type { Clause, Fact, IndexData, IndexedDocument, Lexicon } from '../../indexer/store/index.ts';
import { boundedCache, stringBytes, type Cache } from './cache.ts';
import { RegionResolver } from './regions.ts';
import { Translator } from './translate.ts';

/** Sizes of the caches that belong to an index (dropped with it on a swap). */
const CACHE_LIMITS = {
  phrases: { maxEntries: 2000, maxBytes: 32 * 2 ** 20 },
  answers: { maxEntries: 1000, maxBytes: 64 * 2 ** 20 },
};

/** An index ready to answer: its data and the lookups built from it at load. */
export class IndexStore {
  readonly clauses: readonly Clause[];
  readonly normalized: readonly string[];
  readonly search: MiniSearch<Clause>;
  readonly documents: ReadonlyMap<string, IndexedDocument>;
  /** The regions of the documents, and the one resolver of region names. */
  readonly regions: RegionResolver;
  readonly builtAt: string;
  readonly version: string;
  // eslint-disable-next-line no-restricted-syntax -- the file's JSON, read only by documentFrequency (Object.hasOwn)
  readonly vocabulary: Readonly<Record<string, number>>;
  /** Every quantitative statement of the corpus, extracted at index time. */
  readonly facts: readonly Fact[];
  /** CC-CEDICT for the corpus' words; absent when it could not be derived (see open-index). */
  readonly lexicon: Lexicon | undefined;
  readonly translator: Translator;
  private readonly byId: ReadonlyMap<string, number>;
  /** Clauses containing each normalised phrase verbatim, by phrase. */
  readonly phraseCache: Cache<readonly number[]> = boundedCache({
    ...CACHE_LIMITS.phrases,
    sizeOf: (v: readonly number[]) => 8 * v.length + 64,
  });
  /** Serialised answers to recent requests (search and ask), by their parameters. */
  readonly answerCache: Cache<string> = boundedCache({ ...CACHE_LIMITS.answers, sizeOf: stringBytes });

  constructor(data: IndexData, lexicon?: Lexicon) {
    this.clauses = data.clauses;
    this.normalized = data.normalized;
    this.search = data.search;
    this.builtAt = data.builtAt;
    this.version = `${data.analyzer}/${data.corpus.slice(0, 12)}`;
    this.documents = new Map(data.documents.map((d) => [d.meta.id, d]));
    this.byId = new Map(data.clauses.map((c, k) => [c.id, k]));
    this.regions = new RegionResolver(data.documents.map((d) => d.meta));
    this.vocabulary = data.vocabulary;
    this.facts = data.facts;
    this.lexicon = lexicon;
    this.translator = new Translator(glossary(), lexicon, (term) => this.documentFrequency(term), this.regions);
  }

  /** In how many clauses the analysed term occurs (0 for a term the index does not have). */
  documentFrequency(term: string): number {
    return Object.hasOwn(this.vocabulary, term) ? (this.vocabulary[term] as number) : 0;
  }

  /** Every analysed term of the vocabulary (read-only; for spelling suggestions). */
  terms(): Iterable<string> {
    return Object.keys(this.vocabulary);
  }

  /** The position of a clause in {@link clauses}, or undefined for an unknown id. */
  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }
}
