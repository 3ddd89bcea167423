// Ranked clause search: exact phrase matches first, BM25 within them, partial matches filling a short page.
import { contains, difference, intersect, union, type Clause } from '../../indexer/store/index.ts';
import type { Hit, MatchMode, SearchResponse } from '../contract/index.ts';
import { DomainError } from '../errors.ts';
import { collect } from './collect.ts';
import { highlightText } from './highlight.ts';
import type { IndexStore } from './index-store.ts';
import { FILL_BELOW, MAX_PARTIAL, missingWords, partialMatches } from './partial.ts';
import { phraseMatches } from './phrase-match.ts';
import type { ParsedQuery, QueryUnit } from './query-parser.ts';
import { rankUnits, type Ranking } from './rank.ts';
import { inRegions } from './regions.ts';
import { TopK } from './top-k.ts';

export type { MatchMode } from '../contract/index.ts';

/** Narrowing and paging of a search. */
export interface SearchOptions {
  readonly province: readonly string[];
  readonly doc: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** One clause in the results. */
export type SearchHit = Hit;

/** The answer to a search: the response of `GET /api/search` without its timing. */
export type SearchResult = Omit<SearchResponse, 'tookMs'>;

/** A match in ranking order; a partial one says which words of the query it lacks. */
interface Ranked {
  readonly index: number;
  readonly score: number;
  readonly missing?: readonly string[];
}

const EMPTY = new Int32Array(0);

/**
 * Searches clauses. A clause matches when it contains every required group of the query (a group:
 * any of its units, a form typed or a synonym of it, each verbatim after normalisation) and none of
 * the excluded units; those hits are ranked by BM25 over the query's words, headings counting
 * double, the clauses holding the forms typed before those holding only a synonym. When fewer than
 * a page match within the filters, the best partial matches follow them, each naming the words it
 * lacks; when none matches and nothing was quoted, the mode says `partial` (one unit) or
 * `any-terms` (several). Only the candidates are scored, and only the page is sorted.
 * @throws DomainError UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT for a filter naming nothing in the index.
 */
export function searchClauses(store: IndexStore, query: ParsedQuery, options: SearchOptions): SearchResult {
  const regions = store.regions.resolveAll([...options.province, ...query.filters.province]);
  const docs = resolveDocs(store, [...options.doc, ...query.filters.doc]);
  const inFilters = (k: number) => {
    const c = store.clauses[k] as Clause;
    return inRegions(c, regions) && (docs.length === 0 || docs.includes(c.docId));
  };
  const units = query.groups.flat();
  // The units typed (or translated), without the synonyms added for them.
  const typed = units.filter((u) => u.synonymOf === undefined);
  const excluded = union(query.excluded.map((u) => phraseMatches(store, u)));
  let mode: MatchMode = typed.length === 1 ? 'exact' : 'all-terms';
  let ranking: Ranking | undefined;
  let optional: string[] = [];
  let fill: ((complete: number) => Ranked[]) | undefined;
  if (units.length > 0) {
    const sets = query.groups.map((group) => union(group.map((u) => phraseMatches(store, u))));
    const rarity = query.groups.map((group) => rarityOf(store, group));
    const required = requiredOf(
      query,
      sets.map((s) => s.length),
      rarity,
      store.clauses.length,
    );
    optional = query.groups
      .filter((_, k) => !required.includes(k))
      .flat()
      .filter((u) => u.synonymOf === undefined)
      .map((u) => u.text);
    const exact = required
      .map((k) => sets[k] as Int32Array)
      .sort((a, b) => a.length - b.length)
      .reduce<Int32Array | undefined>((acc, set) => (acc ? intersect(acc, set) : set), undefined);
    const allowed = difference(exact ?? EMPTY, excluded);
    const quoted = units.some((u) => u.quoted);
    if (allowed.length > 0 || quoted) ranking = typedFirst(store, query, required, rankUnits(store, units, allowed));
    // No clause holds every word: the partial matches are all there is.
    if (allowed.length === 0 && !quoted) mode = typed.length === 1 ? 'partial' : 'any-terms';
    fill = partialFill(
      store,
      query,
      sets,
      required,
      (k) => !contains(excluded, k) && !contains(allowed, k) && inFilters(k),
    );
  }
  const found = ranking
    ? collect(store, ranking, { regions, docs }, options.offset + options.limit)
    : { total: 0, facets: { province: {}, doc: {} }, top: [] };
  const complete = found.total;
  const matched: Ranked[] = ranking ? positionsRanked(ranking, found.top) : [];
  // Fewer complete matches than a page (in the filters): the best partial ones fill it, after them.
  const partial = fill && complete < FILL_BELOW ? fill(complete) : [];
  // A synonym holding a form typed (质量和疗效一致性评价 for 一致性评价) is not marked whole: the form
  // typed is marked inside it.
  const marked = units.filter(
    (u) => u.synonymOf === undefined || !typed.some((t) => u.normalized.includes(t.normalized)),
  );
  // A complete match has the units marked; a partial one also the words it has of the others, those
  // typed only: a piece of a synonym (保障 of 医疗保障, for 医保) is no match, as it ranks nothing.
  const whole = marked.map((u) => u.normalized);
  const words = typed.flatMap((u) =>
    u.terms.filter((t) => t.term.length > 1 || u.normalized.length === 1).map((t) => t.term),
  );
  // Complete matches fill `matched` up to the page's end unless there are fewer of them.
  const hits = [...matched, ...partial].slice(options.offset, options.offset + options.limit).map((m) => {
    if (!m.missing) return clauseHit(store, m, whole);
    return { ...clauseHit(store, m, [...whole, ...words]), missing: m.missing };
  });
  return {
    query: {
      q: query.q,
      terms: [...new Set(typed.flatMap((u) => u.terms.filter((t) => !t.sub).map((t) => t.term)))],
      phrases: typed.map((u) => u.text),
      excluded: query.excluded.map((u) => u.text),
      filters: { province: regions.map((r) => r.zh), doc: docs },
      mode,
      complete,
      optional,
      lang: query.lang,
      translations: query.translations,
      expansions: query.expansions,
    },
    total: complete + partial.length,
    facets: { ...withPartial(store, found.facets, partial), complete: found.facets },
    hits,
  };
}

function positionsRanked(ranking: Ranking, positions: readonly number[]): Ranked[] {
  return positions.map((i) => ({ index: ranking.clauses[i] as number, score: ranking.scores[i] as number }));
}

// The best `k` of a ranking's clauses that `keep` accepts, best first.
function best(ranking: Ranking, k: number, keep?: (clause: number) => boolean): Ranked[] {
  const top = new TopK(k, (i, j) => ranking.before(i, j));
  for (let i = 0; i < ranking.clauses.length; i++) if (!keep || keep(ranking.clauses[i] as number)) top.push(i);
  return positionsRanked(ranking, top.sorted());
}

/**
 * The partial matches of a query, computed when asked: first the clauses holding most of its required
 * groups verbatim (several groups: most held first, BM25 within each tier), then the clauses having
 * any of its words (BM25) when it has several groups or nothing else matched (a word's pieces are no
 * match beside clauses that hold the word), at most MAX_PARTIAL in all. Each says which required words
 * it does not hold verbatim. Quoted units are never dropped.
 * @param keep whether a clause may be listed (not excluded, not a complete match, in the filters)
 */
function partialFill(
  store: IndexStore,
  query: ParsedQuery,
  sets: readonly Int32Array[],
  required: readonly number[],
  keep: (index: number) => boolean,
): (complete: number) => Ranked[] {
  const units = query.groups.flat();
  const quoted = required.filter((k) => query.groups[k]?.some((u) => u.quoted));
  return (complete) => {
    const groups =
      required.length < 2
        ? []
        : partialMatches(query, sets, required, (k) => keep(k) && quoted.every((q) => contains(sets[q] ?? EMPTY, k)));
    const held = new Map(groups.map((c) => [c.index, c.held]));
    const heldClauses = Int32Array.from(held.keys()).sort();
    const byGroups =
      held.size === 0
        ? []
        : best(
            rankUnits(store, units, heldClauses).tiered((c) => required.length - (held.get(c) ?? 0)),
            MAX_PARTIAL,
          );
    const words = quoted.length === 0 && (required.length >= 2 || complete === 0);
    const byWords = words
      ? best(rankUnits(store, units), MAX_PARTIAL - byGroups.length, (c) => keep(c) && !held.has(c))
      : [];
    return [...byGroups, ...byWords].map((m) => ({ ...m, missing: missingWords(query, sets, required, m.index) }));
  };
}

/**
 * Matches holding the forms the query names, in every required group, before those that hold only a
 * synonym of one (集采 typed: clauses saying 集采 first, then those saying 集中带量采购); BM25 order
 * within each. Without synonyms in the query, the ranking as it is.
 */
function typedFirst(store: IndexStore, query: ParsedQuery, required: readonly number[], ranking: Ranking): Ranking {
  if (!query.groups.some((g) => g.some((u) => u.synonymOf !== undefined))) return ranking;
  const typedSets = required.map((k) =>
    union((query.groups[k] ?? []).filter((u) => u.synonymOf === undefined).map((u) => phraseMatches(store, u))),
  );
  return ranking.tiered((c) => (typedSets.every((set) => contains(set, c)) ? 0 : 1));
}

// The facets of the complete matches, with the partial ones listed counted in (they are all within
// the filters, so each counts in both).
function withPartial(
  store: IndexStore,
  facets: SearchResult['facets'],
  partial: readonly Ranked[],
): SearchResult['facets'] {
  if (partial.length === 0) return facets;
  // Maps, not objects: a document id or province may be any string, `constructor` included.
  const province = new Map(Object.entries(facets.province));
  const doc = new Map(Object.entries(facets.doc));
  for (const m of partial) {
    const c = store.clauses[m.index] as Clause;
    province.set(c.province, (province.get(c.province) ?? 0) + 1);
    doc.set(c.docId, (doc.get(c.docId) ?? 0) + 1);
  }
  return { province: Object.fromEntries(province), doc: Object.fromEntries(doc) };
}

/**
 * How rare a group is: the clauses matched by its rarest unit that occurs at all, typed or translated
 * (MAH, not MAH with its translation 上市许可持有人). A synonym added for a form does not count, nor
 * does a unit no clause holds: 高等学校, written nowhere, must not make 高校 look rarer than it is and
 * turn the other words of the query into mere ranking. A group none of whose units occurs is 0.
 */
function rarityOf(store: IndexStore, group: readonly QueryUnit[]): number {
  const counts = (units: readonly QueryUnit[]) => units.map((u) => phraseMatches(store, u).length).filter((n) => n > 0);
  const own = counts(group.filter((u) => u.synonymOf === undefined));
  const found = own.length > 0 ? own : counts(group);
  return found.length > 0 ? Math.min(...found) : 0;
}

/**
 * The groups a clause must hold. When a query has both, only the groups of the field's words (a
 * glossary term, a Latin term, pinyin, Chinese as typed) are weighed by requiredGroups; the words that
 * only the general dictionary translated (policy -> 政策, measures -> 措施) rank without being
 * required, as common words do: `innovative drugs policy measures` finds the clauses on 创新药.
 */
function requiredOf(query: ParsedQuery, sizes: readonly number[], rarity: readonly number[], n: number): number[] {
  // A group is general when every form typed in it is (its synonyms, added from the data, do not count).
  const general = (group: readonly QueryUnit[]) =>
    group.filter((u) => u.synonymOf === undefined).every((u) => u.general);
  const field = query.groups.flatMap((group, k) => (general(group) ? [] : [k]));
  if (field.length === 0 || field.length === query.groups.length) return requiredGroups(sizes, rarity, n);
  const sizeOf = (k: number) => sizes[k] as number;
  const rarityOfGroup = (k: number) => rarity[k] as number;
  return requiredGroups(field.map(sizeOf), field.map(rarityOfGroup), n).map((i) => field[i] as number);
}

/** A group matching this many times more clauses than the rarest group… */
const COMMON_RATIO = 5;
/** …and more than this share of all clauses, is common: it ranks instead of filtering. */
const COMMON_SHARE = 0.05;

/**
 * The groups a clause must match. In a query of several groups, one that matches far more clauses
 * than the rarest (COMMON_RATIO times, and over COMMON_SHARE of all clauses) narrows little and
 * mostly throws good hits away (`MAH 制度`: 制度 is in one clause in twelve), so it only ranks, as
 * Lucene's common-terms query does. With one group, or when one matches nothing, all are required.
 * @param sizes clauses matched by each group
 * @param rarity each group's rarity (`rarityOf`: its rarest form that occurs)
 */
export function requiredGroups(sizes: readonly number[], rarity: readonly number[], clauseCount: number): number[] {
  const all = sizes.map((_, k) => k);
  const rarest = Math.min(...rarity);
  if (sizes.length < 2 || Math.min(...sizes) === 0) return all;
  // The rarest group is never common beside itself: a query always requires at least it.
  return all.filter(
    (k) =>
      rarity[k] === rarest ||
      (sizes[k] as number) <= rarest * COMMON_RATIO ||
      (sizes[k] as number) <= clauseCount * COMMON_SHARE,
  );
}

function resolveDocs(store: IndexStore, values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values
    .flatMap((s) => s.split(/[,，]/))
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!store.documents.has(v)) {
      const valid = [...store.documents.keys()];
      throw new DomainError('UNKNOWN_DOCUMENT', `no document "${v}"; valid values: ${valid.join(', ')}`, {
        value: v,
        valid,
      });
    }
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * A clause as a search hit: its place, document and text, with `needles` (normalised strings) and
 * `spans` (offsets in its text) marked.
 */
export function clauseHit(
  store: IndexStore,
  m: { index: number; score: number },
  needles: readonly string[],
  spans: ReadonlyArray<{ start: number; end: number }> = [],
): SearchHit {
  const c = store.clauses[m.index] as Clause;
  const d = store.documents.get(c.docId);
  const { highlight, snippet } = highlightText(c.text, needles, spans);
  return {
    id: c.id,
    score: Math.round(m.score * 1000) / 1000,
    label: c.label,
    section: c.section,
    ...(c.title ? { title: c.title } : {}),
    text: c.text,
    snippet,
    highlight,
    province: c.province,
    ...(c.city ? { city: c.city } : {}),
    ...(c.display ? { display: c.display } : {}),
    doc: {
      id: c.docId,
      title: d?.meta.title ?? c.docId,
      ...(d?.meta.titleEn ? { titleEn: d.meta.titleEn } : {}),
      province: c.province,
      provinceEn: d?.meta.provinceEn ?? '',
    },
  };
}
