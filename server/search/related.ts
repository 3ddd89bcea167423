// More like this: the clauses of other documents that say most of what one clause says, the way
// Elasticsearch's more_like_this works: the clause's own terms, weighted by how rare they are in the
// corpus, become a query (a terms clause, the source's document left out) run by the search executor.
import { analyze, isStopword, normalize, synonyms } from '../../indexer/analysis/index.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { WeightedTerm } from './bm25.ts';
import { topCollector } from './collect.ts';
import { execute } from './execute.ts';
import type { IndexStore } from './index-store.ts';
import { emptyQuery, type Query } from './query.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

/** The knobs of related clauses (SEARCH_DEFAULTS.related). */
export const RELATED_DEFAULTS = SEARCH_DEFAULTS.related;
export type RelatedWeights = Omit<typeof RELATED_DEFAULTS, 'considered'>;

export type { WeightedTerm } from './bm25.ts';

/** A clause of another document like the source, with why. */
export interface RelatedClause {
  readonly index: number;
  /** BM25 of the clause against the source's terms. */
  readonly score: number;
  /** `score` over the source clause's own score against its terms: 1 says all it says. */
  readonly similarity: number;
  /** The query's terms the clause has, heaviest first. */
  readonly shared: readonly string[];
}

export interface RelatedOptions {
  readonly limit: number;
  /** At most this many clauses from one document. */
  readonly perDocument: number;
  /** Narrows the clauses considered (a region filter). */
  readonly keep?: (c: Clause) => boolean;
}

// A number in figures, or in one or two Chinese numerals (二 of a heading's （二）, 十二); three name
// a plan period as often as a number (十四五).
const NUMBER = /^(?:[\d.%]+|[一二三四五六七八九十百千万零〇两]{1,2})$/u;

/** A Chinese or Latin word that can carry a topic: not a stop word, not a number. */
function topical(term: string): boolean {
  return !isStopword(term) && !NUMBER.test(term) && /[\p{Script=Han}A-Za-z]/u.test(term);
}

/**
 * A word worth showing as shared: of two characters or more (一, 省, 药 are parts of too many words to
 * say why two clauses are alike, and marking them would mark every 一 of （一）).
 */
function telling(term: string): boolean {
  return [...term].length >= 2;
}

/**
 * The source clause's query: each word's count in the clause (its immediate heading and the pieces
 * of longer words at their weights) times its BM25 inverse document frequency, so words most clauses
 * use (发展, 推进, 加强…) weigh little without any list of them. Words of this clause alone are left
 * out: they cannot relate it to another. The heaviest `maxQueryTerms`, heaviest first.
 */
export function clauseQuery(store: IndexStore, clause: Clause, w: RelatedWeights = RELATED_DEFAULTS): WeightedTerm[] {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const t of analyze(text)) {
      if (topical(t.term)) counts.set(t.term, (counts.get(t.term) ?? 0) + weight * (t.sub ? w.subWordWeight : 1));
    }
  };
  add(clause.text, 1);
  const heading = clause.section.at(-1);
  if (heading) add(heading, w.headingWeight);
  const n = store.clauses.length;
  const terms: WeightedTerm[] = [];
  for (const [term, count] of counts) {
    const df = store.documentFrequency(term);
    if (df < 2 || count <= 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    terms.push({ term, weight: Math.sqrt(count) * idf });
  }
  return terms.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, w.maxQueryTerms);
}

/**
 * The clauses of other documents most like clause `index`, best first, at most
 * `options.perDocument` from each document, each sharing at least `minShared` query terms.
 */
export function relatedClauses(
  store: IndexStore,
  index: number,
  options: RelatedOptions,
  w: RelatedWeights = RELATED_DEFAULTS,
): { query: WeightedTerm[]; related: RelatedClause[]; more: boolean } {
  const source = store.clauses.get(index) as Clause;
  const query = clauseQuery(store, source, w);
  if (query.length === 0) return { query, related: [], more: false };
  const like = moreLikeThis(store, source, query);
  const keep = options.keep;
  // BM25 ranks; of its best, those sharing too few of the query's terms drop out.
  const candidates = execute(store, like, topCollector(RELATED_DEFAULTS.considered), keep ? { keep } : {})
    .matched.map((hit) => ({ ...hit, shared: sharedTerms(store, query, hit.index) }))
    .filter((c) => c.shared.length >= w.minShared);
  const unfiltered: Query = { ...like, filters: { province: [], doc: [] } };
  const own = execute(store, unfiltered, topCollector(1), { keep: (c) => c.id === source.id }).matched[0]?.score ?? 0;
  const perDocument = new Map<string, number>();
  const related: RelatedClause[] = [];
  let more = false;
  for (const hit of candidates) {
    const docId = store.docIds[store.clauseDoc[hit.index] as number] as string;
    const taken = perDocument.get(docId) ?? 0;
    if (taken >= options.perDocument) continue;
    // One more would be taken: a higher limit shows more.
    if (related.length >= options.limit) {
      more = true;
      break;
    }
    perDocument.set(docId, taken + 1);
    const similarity = own > 0 ? Math.min(1, hit.score / own) : 0;
    related.push({ ...hit, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return { query, related, more };
}

/**
 * A clause's query (`clauseQuery`) as a Query: its terms, and the other forms the synonym data gives
 * them (集采 in one clause finds 集中带量采购 in another) at `alternativeWeight` of theirs, the
 * clause's own document left out.
 */
export function moreLikeThis(store: IndexStore, source: Clause, terms: readonly WeightedTerm[]): Query {
  const weights = new Map(terms.map((t) => [t.term, t.weight]));
  for (const t of terms) {
    for (const alt of synonyms().alternatives(t.term)) {
      const form = normalize(alt).text;
      const w = t.weight * SEARCH_DEFAULTS.ranking.alternativeWeight;
      if (store.documentFrequency(form) > 0 && (weights.get(form) ?? 0) < w) weights.set(form, w);
    }
  }
  return {
    ...emptyQuery(source.text),
    clauses: [{ kind: 'terms', occur: 'should', terms: [...weights].map(([term, weight]) => ({ term, weight })) }],
    filters: { province: [], doc: [], notDoc: [source.docId] },
  };
}

// The query's terms in the clause's text or its immediate heading (normalised, as the terms are).
function sharedTerms(store: IndexStore, query: readonly WeightedTerm[], index: number): string[] {
  const text = store.normalized.get(index) as string;
  const heading = normalize(store.sectionOf(index).at(-1) ?? '').text;
  return query.filter((t) => telling(t.term) && (text.includes(t.term) || heading.includes(t.term))).map((t) => t.term);
}
