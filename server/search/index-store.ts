// The loaded index and the lookups derived from it once: clause by id, document by id, regions.
import type MiniSearch from 'minisearch';
import { glossary } from '../../indexer/analysis/glossary.ts';
import type { Lexicon } from '../../indexer/lexicon.ts';
import type { IndexData } from '../../indexer/persist.ts';
import { findProvince } from '../../indexer/regions.ts';
import type { Clause, IndexedDocument } from '../../indexer/schema.ts';
import type { Target } from '../../indexer/targets.ts';
import { Translator } from './translate.ts';

/** A region a search can be narrowed to: a province, or a city that has its own documents. */
export interface RegionFilter {
  readonly kind: 'province' | 'city';
  readonly zh: string;
  readonly en: string;
}

/** A small least-recently-used cache: a Map in order of use. */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  /** The value for `key`, computed by `make` (and kept) when absent. */
  getOrSet(key: K, make: () => V): V {
    if (this.map.has(key)) {
      const value = this.map.get(key) as V;
      this.map.delete(key);
      this.map.set(key, value);
      return value;
    }
    const value = make();
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
    return value;
  }
}

/** An index ready to answer: its data and the maps built from it at load. */
export class IndexStore {
  readonly clauses: readonly Clause[];
  readonly normalized: readonly string[];
  readonly search: MiniSearch<Clause>;
  readonly documents: ReadonlyMap<string, IndexedDocument>;
  readonly regions: readonly RegionFilter[];
  readonly builtAt: string;
  readonly version: string;
  readonly vocabulary: Readonly<Record<string, number>>;
  readonly targets: readonly Target[];
  /** CC-CEDICT for the corpus' words; absent when it could not be derived (see open-index). */
  readonly lexicon: Lexicon | undefined;
  readonly translator: Translator;
  private readonly byId: ReadonlyMap<string, number>;
  /** Exact-match results by normalised phrase; belongs to this index, so a swap clears it. */
  readonly phraseCache = new Map<string, readonly number[]>();
  /** Whole answers to recent requests (search and ask), by their parameters; belongs to this index too. */
  readonly answerCache = new LruCache<string, unknown>(1000);

  constructor(data: IndexData, lexicon?: Lexicon) {
    this.clauses = data.clauses;
    this.normalized = data.normalized;
    this.search = data.search;
    this.builtAt = data.builtAt;
    this.version = `${data.analyzer}/${data.corpus.slice(0, 12)}`;
    this.documents = new Map(data.documents.map((d) => [d.meta.id, d]));
    this.byId = new Map(data.clauses.map((c, k) => [c.id, k]));
    const regions = new Map<string, RegionFilter>();
    for (const d of data.documents) {
      regions.set(d.meta.province, { kind: 'province', zh: d.meta.province, en: d.meta.provinceEn });
      if (d.meta.city) regions.set(d.meta.city, { kind: 'city', zh: d.meta.city, en: d.meta.cityEn ?? d.meta.city });
    }
    this.regions = [...regions.values()];
    this.vocabulary = data.vocabulary;
    this.targets = data.targets;
    this.lexicon = lexicon;
    this.translator = new Translator(glossary(), lexicon, data.vocabulary, this.regions);
  }

  /** The position of a clause in {@link clauses}, or undefined for an unknown id. */
  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /**
   * The region a filter value names: 浙江, 浙江省, Zhejiang, or a city with documents (巴中).
   * Undefined when no document of this index is from there.
   */
  resolveRegion(value: string): RegionFilter | undefined {
    const v = value.trim();
    const lower = v.toLowerCase();
    const direct = this.regions.find((r) => r.zh === v || r.en.toLowerCase() === lower || `${r.zh}市` === v);
    if (direct) return direct;
    const province = findProvince(v);
    return province ? this.regions.find((r) => r.kind === 'province' && r.zh === province.zh) : undefined;
  }
}
