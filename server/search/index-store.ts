// The loaded index and what is derived from it once: clause and document by id, regions, caches.
import { glossary, normalize, type Normalized } from '../../indexer/analysis/index.ts';
import {
  numbering,
  storedFromData,
  SuggestionIndex,
  type Clause,
  type Fact,
  type FactTable,
  type IndexData,
  type IndexedDocument,
  type Lexicon,
  type Place,
  type StoredIndex,
  type SuggestionIndexData,
  type Table,
  type TextTable,
  type TermIndex,
  type WordIndex,
} from '../../indexer/store/index.ts';
import { boundedCache, type Cache } from './cache.ts';
import { phraseMatches } from './phrase-match.ts';
import type { QueryContext } from './query-context.ts';
import { makeUnit } from './query.ts';
import { RegionResolver, type RegionFilter } from './regions.ts';
import { queryContext } from './store-context.ts';
import { Translator } from './translate.ts';

/** Sizes of the caches that belong to an index (dropped with it on a swap). */
const CACHE_LIMITS = {
  phrases: { maxEntries: 2000, maxBytes: 32 * 2 ** 20 },
  answers: { maxEntries: 1000, maxBytes: 64 * 2 ** 20 },
  clauseTexts: { maxEntries: 20_000, maxBytes: 32 * 2 ** 20 },
};

/**
 * An answer as the HTTP layer sends it from the cache: its JSON after the opening brace, encoded
 * once (`,"a":1}`, or `}` for an empty object), so that `{"tookMs":…` goes before it unencoded
 * again; and its ETag, computed once when the answer is cached.
 */
export interface CachedAnswer {
  readonly rest: Buffer;
  readonly etag: string;
}

/**
 * An index ready to answer: its data (clauses, texts and facts read from the index file when asked
 * for, see StoredIndex) and the lookups built from it at load.
 */
export class IndexStore {
  /** The clauses by number, each read when asked for: loops over all of them read columns instead. */
  readonly clauses: Table<Clause>;
  readonly normalized: TextTable;
  /** The words of clause texts and headings, for BM25. */
  readonly words: WordIndex;
  /** Exact-match grams -> clauses, for phrases. */
  readonly grams: TermIndex;
  readonly documents: ReadonlyMap<string, IndexedDocument>;
  /** Document ids by document number, and each clause's document number: filters and facets by number. */
  readonly docIds: readonly string[];
  readonly clauseDoc: Int32Array;
  /** Distinct places (a province, and a city if any) of the clauses, and each clause's place number. */
  readonly places: readonly Place[];
  readonly clausePlace: Int32Array;
  /** Each clause's section path (its headings from the top) as a number into {@link sections}. */
  readonly clauseSection: Int32Array;
  readonly sections: ReadonlyArray<readonly string[]>;
  /** Distinct provinces of the clauses, and each place's province number. */
  readonly provinces: readonly string[];
  readonly placeProvince: Int32Array;
  /** The regions of the documents, and the one resolver of region names. */
  readonly regions: RegionResolver;
  readonly builtAt: string;
  readonly version: string;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Every quantitative statement of the corpus, extracted at index time, read a province at a time. */
  readonly factTable: FactTable;
  /** CC-CEDICT for the corpus' words; absent when it could not be derived (see open-index). */
  readonly lexicon: Lexicon | undefined;
  readonly translator: Translator;
  private readonly stored: StoredIndex;
  private suggestionData: SuggestionIndexData | undefined;
  private suggestionIndex: SuggestionIndex | undefined;
  /** Clauses containing each normalised phrase verbatim (ascending clause numbers), by phrase. */
  readonly phraseCache: Cache<Int32Array> = boundedCache({
    ...CACHE_LIMITS.phrases,
    sizeOf: (v: Int32Array) => v.byteLength + 64,
  });
  /**
   * Clause texts normalised with their offsets, by clause number: a number question looks for its
   * terms in every clause of its regions' figures that writes one, and normalising them again for
   * each question was a quarter of its time at ×300.
   */
  private readonly clauseTexts: Cache<Normalized> = boundedCache({
    ...CACHE_LIMITS.clauseTexts,
    sizeOf: (v: Normalized) => 2 * v.text.length + v.starts.byteLength + v.ends.byteLength + 64,
  });
  /** Serialised answers to recent requests (search, ask, related) with their ETags, by their parameters. */
  readonly answerCache: Cache<CachedAnswer> = boundedCache({
    ...CACHE_LIMITS.answers,
    sizeOf: (v: CachedAnswer) => v.rest.byteLength + 2 * v.etag.length + 64,
  });

  /** @param data an index opened from its file, or one just built (held in memory) */
  constructor(data: StoredIndex | IndexData, lexicon?: Lexicon) {
    const stored = 'columns' in data ? data : storedFromData(data);
    this.stored = stored;
    this.clauses = stored.clauses;
    this.normalized = stored.normalized;
    this.words = stored.words;
    this.grams = stored.grams;
    this.builtAt = stored.builtAt;
    this.version = `${stored.analyzer}/${stored.corpus.slice(0, 12)}`;
    this.documents = new Map(stored.documents.map((d) => [d.meta.id, d]));
    this.docIds = stored.documents.map((d) => d.meta.id);
    this.clauseDoc = stored.columns.doc;
    this.clausePlace = stored.columns.place;
    this.places = stored.columns.places;
    this.clauseSection = stored.columns.section;
    this.sections = stored.columns.sections;
    const provinces = numbering<string>((p) => p);
    this.placeProvince = Int32Array.from(this.places, (p) => provinces.number(p.province));
    this.provinces = provinces.keys;
    this.regions = new RegionResolver(stored.documents.map((d) => d.meta));
    this.vocabulary = stored.vocabulary;
    this.factTable = stored.facts;
    this.suggestionData = stored.suggestions;
    // Loaded in pieces after start-up, so that neither the start nor the first misspelt search waits
    // for it; a search that needs it before then loads it at once.
    setImmediate(() => {
      if (!this.suggestionData) return;
      SuggestionIndex.loadAsync(this.suggestionData).then(
        (index) => this.loaded(index),
        () => this.loaded(undefined),
      );
    });
    this.lexicon = lexicon;
    this.translator = new Translator(
      glossary(),
      lexicon,
      (term) => this.documentFrequency(term),
      this.regions,
      (zh) => this.writtenIn(zh),
      { clausesWriting: (zh) => this.clausesWriting(zh), clauseCount: this.clauses.length },
    );
  }

  /** In how many clauses the analysed term occurs (0 for a term the index does not have). */
  documentFrequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }

  /** In how many clauses a Chinese term is written, as a word or inside one (its grams' clauses, confirmed). */
  writtenIn(zh: string): number {
    return this.clausesWriting(zh).length;
  }

  /** The clauses (ascending numbers) that write a Chinese term, as a word or inside one. */
  clausesWriting(zh: string): ArrayLike<number> {
    const unit = makeUnit(zh, true);
    return unit ? phraseMatches(this, unit) : [];
  }

  /**
   * The words of the suggestion index at most `maxEdits` edits from `word` (for "did you mean").
   * The index is loaded on the first call: most searches never need it.
   */
  nearWords(word: string, maxEdits: number): string[] {
    if (!this.suggestionIndex && this.suggestionData) {
      try {
        this.loaded(SuggestionIndex.load(this.suggestionData));
      } catch {
        // Suggestions are a courtesy: an index that cannot be read offers none, and the search stands.
        this.loaded(undefined);
      }
    }
    return this.suggestionIndex?.near(word, maxEdits) ?? [];
  }

  // The suggestion index is ready (or unreadable): its stored form is no longer needed.
  private loaded(index: SuggestionIndex | undefined): void {
    if (this.suggestionData === undefined) return;
    this.suggestionIndex = index;
    this.suggestionData = undefined;
  }

  /** What the search box's expansion steps know of this index (its translator, regions, titles, long forms). */
  queryContext(): QueryContext {
    return queryContext(this);
  }

  /** The position of a clause in {@link clauses}, or undefined for an unknown id. */
  indexOf(id: string): number | undefined {
    return this.stored.clauseIds().get(id);
  }

  /** Every fact of the index (all of them read: prefer {@link factsIn}). */
  get facts(): readonly Fact[] {
    return this.factTable.all();
  }

  /** The facts of the provinces of `regions` (all facts when there are none), in the order of the index. */
  factsIn(regions: readonly RegionFilter[]): readonly Fact[] {
    return regions.length === 0
      ? this.factTable.all()
      : this.factTable.inProvinces(new Set(regions.map((r) => r.province)));
  }

  /** Clause `k`'s text (`text`, as read) normalised with its offsets, kept for the next question. */
  normalizedClause(k: number, text: string): Normalized {
    const key = String(k);
    let n = this.clauseTexts.get(key);
    if (!n) {
      n = normalize(text);
      this.clauseTexts.set(key, n);
    }
    return n;
  }

  /** Where clause `k` is from. */
  placeOf(k: number): Place {
    return this.places[this.clausePlace[k] as number] as Place;
  }

  /** Clause `k`'s section path (its headings from the top). */
  sectionOf(k: number): readonly string[] {
    return this.sections[this.clauseSection[k] as number] ?? [];
  }

  /** Clause `k`'s numbering label (`三、（二）7.`), from a column (the clause is not read). */
  labelOf(k: number): string {
    return this.stored.labels().get(k) ?? '';
  }

  /** The clauses of document `docId`, as numbers, in order (from the document column: none is read). */
  clausesOf(docId: string): number[] {
    const d = this.docIds.indexOf(docId);
    const out: number[] = [];
    if (d < 0) return out;
    for (let k = 0; k < this.clauseDoc.length; k++) if (this.clauseDoc[k] === d) out.push(k);
    return out;
  }

  /** Checks the parts of the index file not read at open (see StoredIndex.verifyRest). */
  verifyRest(): Promise<Error | undefined> {
    return this.stored.verifyRest();
  }

  /** Releases the index file: called once the index is out of service and its requests are done. */
  close(): void {
    this.stored.close();
  }
}
