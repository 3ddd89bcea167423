// The loaded index and what is derived from it once: clause and document by id, regions, caches.
import { glossary } from '../../indexer/analysis/index.ts';
import {
  SuggestionIndex,
  type Clause,
  type Fact,
  type IndexData,
  type IndexedDocument,
  type Lexicon,
  type SuggestionIndexData,
  type TermIndex,
  type WordIndex,
} from '../../indexer/store/index.ts';
import { boundedCache, stringBytes, type Cache } from './cache.ts';
import { phraseMatches } from './phrase-match.ts';
import type { QueryContext } from './query-context.ts';
import { makeUnit } from './query.ts';
import { RegionResolver } from './regions.ts';
import { queryContext } from './store-context.ts';
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
  /** The words of clause texts and headings, for BM25. */
  readonly words: WordIndex;
  /** Exact-match grams -> clauses, for phrases. */
  readonly grams: TermIndex;
  readonly documents: ReadonlyMap<string, IndexedDocument>;
  /** Document ids by document number, and each clause's document number: filters and facets by number. */
  readonly docIds: readonly string[];
  readonly clauseDoc: Int32Array;
  /** Distinct places (a province, and a city if any) of the clauses, and each clause's place number. */
  readonly places: ReadonlyArray<{ readonly province: string; readonly city?: string }>;
  readonly clausePlace: Int32Array;
  /** Distinct provinces of the clauses, and each place's province number. */
  readonly provinces: readonly string[];
  readonly placeProvince: Int32Array;
  /** The regions of the documents, and the one resolver of region names. */
  readonly regions: RegionResolver;
  readonly builtAt: string;
  readonly version: string;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Every quantitative statement of the corpus, extracted at index time. */
  readonly facts: readonly Fact[];
  /** CC-CEDICT for the corpus' words; absent when it could not be derived (see open-index). */
  readonly lexicon: Lexicon | undefined;
  readonly translator: Translator;
  private readonly byId: ReadonlyMap<string, number>;
  private suggestionData: SuggestionIndexData | undefined;
  private suggestionIndex: SuggestionIndex | undefined;
  /** Clauses containing each normalised phrase verbatim (ascending clause numbers), by phrase. */
  readonly phraseCache: Cache<Int32Array> = boundedCache({
    ...CACHE_LIMITS.phrases,
    sizeOf: (v: Int32Array) => v.byteLength + 64,
  });
  /** Serialised answers to recent requests (search and ask), by their parameters. */
  readonly answerCache: Cache<string> = boundedCache({ ...CACHE_LIMITS.answers, sizeOf: stringBytes });

  constructor(data: IndexData, lexicon?: Lexicon) {
    this.clauses = data.clauses;
    this.normalized = data.normalized;
    this.words = data.words;
    this.grams = data.grams;
    this.builtAt = data.builtAt;
    this.version = `${data.analyzer}/${data.corpus.slice(0, 12)}`;
    this.documents = new Map(data.documents.map((d) => [d.meta.id, d]));
    this.byId = new Map(data.clauses.map((c, k) => [c.id, k]));
    const docs = numbering<string>((id) => id);
    for (const d of data.documents) docs.number(d.meta.id);
    this.clauseDoc = Int32Array.from(data.clauses, (c) => docs.number(c.docId));
    this.docIds = docs.keys;
    const places = numbering<{ province: string; city?: string }>((p) => `${p.province}\0${p.city ?? ''}`);
    this.clausePlace = Int32Array.from(data.clauses, (c) =>
      places.number(c.city === undefined ? { province: c.province } : { province: c.province, city: c.city }),
    );
    this.places = places.keys;
    const provinces = numbering<string>((p) => p);
    this.placeProvince = Int32Array.from(this.places, (p) => provinces.number(p.province));
    this.provinces = provinces.keys;
    this.regions = new RegionResolver(data.documents.map((d) => d.meta));
    this.vocabulary = data.vocabulary;
    this.facts = data.facts;
    this.suggestionData = data.suggestions;
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
    );
  }

  /** In how many clauses the analysed term occurs (0 for a term the index does not have). */
  documentFrequency(term: string): number {
    return this.vocabulary.get(term) ?? 0;
  }

  /** In how many clauses a Chinese term is written, as a word or inside one (its grams' clauses, confirmed). */
  writtenIn(zh: string): number {
    const unit = makeUnit(zh, true);
    return unit ? phraseMatches(this, unit).length : 0;
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
    return this.byId.get(id);
  }
}

// Numbers values in the order first given, by a string key (a Map: any corpus string is a safe key).
function numbering<T>(keyOf: (value: T) => string): { number: (value: T) => number; keys: T[] } {
  const numbers = new Map<string, number>();
  const keys: T[] = [];
  return {
    keys,
    number: (value) => {
      const key = keyOf(value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = keys.length;
        numbers.set(key, n);
        keys.push(value);
      }
      return n;
    },
  };
}
