// The one executor: a Query -> its matches, ranked (tiers, BM25) and collected, with the partial
// matches that fill a short page. Search, questions and related clauses all run here.
import { contains, difference, intersect, union, type Clause } from '../../indexer/store/index.ts';
import type { MatchMode } from '../contract/index.ts';
import { DomainError } from '../errors.ts';
import { articleClauses } from './article-match.ts';
import type { Collected, Collector } from './collect.ts';
import type { IndexStore } from './index-store.ts';
import { FILL_BELOW, MAX_PARTIAL, missingWords, partialMatches } from './partial.ts';
import { phraseMatches } from './phrase-match.ts';
import { type Query, type QueryUnit, phraseClauses, unitGroups } from './query.ts';
import { rankUnits, Ranking, termWeights, type Ranked } from './rank.ts';
import { inRegions, type RegionFilter } from './regions.ts';
import { scoreTerms } from './bm25.ts';
import { bestByTerms } from './best-by-terms.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';
import { TopK } from './top-k.ts';

/** What running a query found. */
export interface Execution {
  /** The complete matches the collector kept, best first. */
  readonly matched: readonly Ranked[];
  /** Complete matches within the filters, and their facets (when the collector counts them). */
  readonly collected: Collected;
  /** Partial matches after the complete ones (a short page only), best first. */
  readonly partial: readonly Ranked[];
  readonly mode: MatchMode;
  /** Forms typed that only ranked (common words, general senses), as typed. */
  readonly optional: readonly string[];
  /** The filters as resolved. */
  readonly regions: readonly RegionFilter[];
  readonly docs: readonly string[];
}

/** A narrowing of the clauses that is no part of a query's text (a question's regions). */
export interface ExecuteOptions {
  /** Whether a clause may be listed (each candidate's clause is read: prefer `within`). */
  readonly keep?: (c: Clause) => boolean;
  /** Only the clauses of these regions (from the place column: no clause is read). */
  readonly within?: readonly RegionFilter[];
}

const EMPTY = new Int32Array(0);

/**
 * Runs `query`. Phrase clauses: a clause of the index matches when it holds every required clause
 * (a clause: any of its units, verbatim after normalisation; must-clauses are required, should-clauses
 * only when the query has no must-clause; of several, common ones only rank, see requiredGroups) and
 * none of the must-not ones; an article clause's clauses match too, and rank first. Matches rank by
 * tier (the article's clauses, then those holding the forms typed rather than only an expansion of
 * one), then BM25 over the units' words. Terms clauses (a question, more like this) rank the clauses
 * having any of their terms by BM25. When fewer complete matches than a page are within the filters,
 * the best partial matches follow, each holding one query word at least and naming those it lacks.
 * @throws DomainError UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT for a filter naming nothing in the index.
 */
export function execute(
  store: IndexStore,
  query: Query,
  collector: Collector,
  options: ExecuteOptions = {},
): Execution {
  const regions = store.regions.resolveAll(query.filters.province);
  const docs = resolveDocs(store, query.filters.doc);
  const notDocs = new Set(query.filters.notDoc ?? []);
  const keep = options.keep;
  const within = options.within ?? [];
  // Beyond regions and documents (the collector's fast filters): documents left out, a caller's test.
  const also =
    notDocs.size === 0 && !keep && within.length === 0
      ? undefined
      : (k: number) =>
          !notDocs.has(store.docIds[store.clauseDoc[k] as number] as string) &&
          inRegions(store.placeOf(k), within) &&
          (!keep || keep(store.clauses.get(k) as Clause));
  // From the columns: a clause is read only for a caller's own test.
  const inFilters = (k: number) =>
    inRegions(store.placeOf(k), regions) &&
    (docs.length === 0 || docs.includes(store.docIds[store.clauseDoc[k] as number] as string)) &&
    (!also || also(k));
  const excluded = union(phraseClauses(query, 'must-not').flatMap((c) => c.units.map((u) => phraseMatches(store, u))));
  const groups = unitGroups(query);
  const typed = groups.flat().filter((u) => u.synonymOf === undefined);
  const articles = query.clauses.flatMap((c) => (c.kind === 'article' ? [articleClauses(store, c.label)] : []));
  const articleSet = union(articles);
  const all = query.clauses.some((c) => c.kind === 'all' || (c.kind === 'article' && c.occur === 'must'));
  let found: PhraseRun = { mode: typed.length === 1 ? 'exact' : 'all-terms', optional: [] };
  if (groups.flat().length > 0) found = runPhrases(store, query, excluded, articleSet, inFilters);
  else if (query.clauses.some((c) => c.kind === 'terms'))
    found = { ...found, ranking: rankTerms(store, query, inPlaces(store, [regions, within])) };
  else if (all) {
    // A document or an article named alone: its clauses in order.
    const base = difference(
      articles.length > 0 ? articleSet : Int32Array.from({ length: store.clauses.length }, (_, k) => k),
      excluded,
    );
    found = { ...found, ranking: new Ranking(base, new Float64Array(base.length), 0) };
  }
  const { ranking, fill, mode, optional } = found;
  const collected = ranking
    ? collector(store, ranking, { regions, docs, ...(also ? { also } : {}) })
    : { total: 0, facets: { province: {}, doc: {} }, top: [] };
  const matched: Ranked[] = ranking
    ? collected.top.map((i) => ({ index: ranking.clauses[i] as number, score: ranking.scores[i] as number }))
    : [];
  const partial = fill && collected.total < FILL_BELOW ? fill(collected.total) : [];
  return { matched, collected, partial, mode, optional, regions, docs };
}

/** What the phrase clauses of a query found: their ranking, and the partial matches when asked. */
interface PhraseRun {
  readonly ranking?: Ranking;
  readonly fill?: (complete: number) => Ranked[];
  readonly mode: MatchMode;
  readonly optional: readonly string[];
}

// The complete matches of the phrase clauses (and an article's clauses), and their partial matches.
function runPhrases(
  store: IndexStore,
  query: Query,
  excluded: Int32Array,
  articleSet: Int32Array,
  inFilters: (k: number) => boolean,
): PhraseRun {
  const groups = unitGroups(query);
  const units = groups.flat();
  const typed = units.filter((u) => u.synonymOf === undefined);
  const sets = groups.map((group) => union(group.map((u) => phraseMatches(store, u))));
  const required = requiredOf(store, query, sets);
  const optional = groups
    .filter((_, k) => !required.includes(k))
    .flat()
    .filter((u) => u.synonymOf === undefined)
    .map((u) => u.text);
  const exact = (required.length === 0 ? [union(sets)] : required.map((k) => sets[k] as Int32Array))
    .sort((a, b) => a.length - b.length)
    .reduce<Int32Array | undefined>((acc, set) => (acc ? intersect(acc, set) : set), undefined);
  const allowed = difference(union([exact ?? EMPTY, articleSet]), excluded);
  const quoted = units.some((u) => u.quoted);
  const ranking =
    allowed.length > 0 || quoted
      ? tiers(store, groups, required, articleSet, rankUnits(store, units, allowed))
      : undefined;
  // No clause holds every word: the partial matches are all there is.
  let mode: MatchMode = typed.length === 1 ? 'exact' : 'all-terms';
  if ((allowed.length === 0 && !quoted) || required.length === 0) mode = typed.length === 1 ? 'partial' : 'any-terms';
  const fill = partialFill(
    store,
    query,
    sets,
    required,
    (k) => !contains(excluded, k) && !contains(allowed, k) && inFilters(k),
  );
  return { ...(ranking ? { ranking } : {}), fill, mode, optional };
}

// Tiers before BM25: an article's clauses first; then the clauses writing a quoted Latin term as a
// word of its own (a Latin unit matches the start of a word: "CRO" also finds CROs and CRO-led, and
// the translations of the term); then, with expansions in the query, the clauses holding the forms
// typed in every required clause before those holding only an expansion of one (集采 typed: clauses
// saying 集采 first, then those saying 集中带量采购).
function tiers(
  store: IndexStore,
  groups: readonly QueryUnit[][],
  required: readonly number[],
  articleSet: Int32Array,
  ranking: Ranking,
): Ranking {
  const expanded = groups.some((g) => g.some((u) => u.synonymOf !== undefined));
  const latin = groups.flat().filter((u) => u.quoted && LATIN_TERM.test(u.normalized));
  if (!expanded && articleSet.length === 0 && latin.length === 0) return ranking;
  const typedSets = expanded
    ? required.map((k) =>
        union((groups[k] ?? []).filter((u) => u.synonymOf === undefined).map((u) => phraseMatches(store, u))),
      )
    : [];
  const words = latin.map((u) => new RegExp(`(?:^|[^a-z0-9])${escape(u.normalized)}(?:$|[^a-z0-9])`));
  const writes = (c: number) => words.length === 0 || words.some((w) => w.test(store.normalized.get(c) as string));
  // By clause number, in how many of the sets it is: a look-up per match rather than a search per set.
  const typedIn = countIn(typedSets, store.clauses.length);
  const inArticle = countIn([articleSet], store.clauses.length);
  return ranking.tiered(
    (c) => (inArticle[c] === 1 ? 0 : 4) + (writes(c) ? 0 : 2) + (typedIn[c] === typedSets.length ? 0 : 1),
  );
}

// For each clause number below `size`, the number of `sets` (each without repeats) holding it.
function countIn(sets: readonly Int32Array[], size: number): Uint16Array {
  const counts = new Uint16Array(size);
  for (const set of sets) for (const c of set) if (c >= 0 && c < size) counts[c] = (counts[c] as number) + 1;
  return counts;
}

const LATIN_TERM = /^[a-z0-9][a-z0-9 .+&-]*$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The clauses in every one of the lists of regions (an empty list: all), marked 1 by clause number
// (from the place column); undefined when no list narrows.
function inPlaces(store: IndexStore, lists: ReadonlyArray<readonly RegionFilter[]>): Uint8Array | undefined {
  const narrowing = lists.filter((l) => l.length > 0);
  if (narrowing.length === 0) return undefined;
  const placeIn = Uint8Array.from(store.places, (p) => (narrowing.every((l) => inRegions(p, l)) ? 1 : 0));
  const marks = new Uint8Array(store.clausePlace.length);
  for (let k = 0; k < marks.length; k++) marks[k] = placeIn[store.clausePlace[k] as number] as number;
  return marks;
}

// Terms clauses: BM25 over their weighted terms, the clauses holding a lifting form verbatim raised
// (score times `factor`, plus `bonus`), best first. With `only`, the clauses of other regions are not
// scored (the collector would drop them: a question asked of one region at ×1000 scored them all).
function rankTerms(store: IndexStore, query: Query, only?: Uint8Array): Ranking {
  const weights = new Map<string, number>();
  const lifts: Array<{ units: readonly QueryUnit[]; factor: number; bonus: number }> = [];
  for (const c of query.clauses) {
    if (c.kind !== 'terms') continue;
    for (const t of c.terms) weights.set(t.term, Math.max(weights.get(t.term) ?? 0, t.weight));
    if (c.lift) lifts.push(c.lift);
  }
  const s = scoreTerms(
    store.words,
    [...weights].map(([term, weight]) => ({ term, weight })),
    undefined,
    only,
  );
  if (lifts.length === 0) return new Ranking(s.clauses, s.scores, s.clauses.length);
  // The lifted scores change the order: they rank, then the scores before lifting, then the order the
  // clauses were met in, and the clauses only a lift scores come last, in the order lifted. That is
  // the order of sorting by score, then stably by lifted score, without sorting tens of thousands of
  // clauses for a question that keeps a few hundred (most of a compare question's time at ×1000).
  const n = s.clauses.length;
  const position = new Int32Array(store.clauses.length).fill(-1);
  for (let i = 0; i < n; i++) position[s.clauses[i] as number] = i;
  const lifted = Array.from(s.scores);
  const liftedOnly: number[] = [];
  for (const lift of lifts) {
    for (const unit of lift.units) {
      for (const k of phraseMatches(store, unit)) {
        if (only && only[k] !== 1) continue;
        let i = position[k] as number;
        if (i < 0) {
          i = n + liftedOnly.length;
          position[k] = i;
          liftedOnly.push(k);
          lifted.push(0);
        }
        lifted[i] = (lifted[i] as number) * lift.factor + lift.bonus;
      }
    }
  }
  const clauses = new Int32Array(n + liftedOnly.length);
  clauses.set(s.clauses);
  clauses.set(liftedOnly, n);
  const before = new Float64Array(clauses.length).fill(-Infinity);
  before.set(s.scores);
  return new Ranking(clauses, Float64Array.from(lifted), clauses.length, undefined, before);
}

/**
 * The partial matches of a query, computed when asked: first the clauses holding most of its required
 * clauses verbatim (several: most held first, BM25 within each tier), then the clauses having any of
 * its words in their text (BM25) when it has several or nothing else matched, at most MAX_PARTIAL in
 * all. Each says which required words it does not hold verbatim. Quoted units are never dropped; a
 * clause whose text holds no word of the query (its heading may) is no match.
 * @param keep whether a clause may be listed (not excluded, not a complete match, in the filters)
 */
function partialFill(
  store: IndexStore,
  query: Query,
  sets: readonly Int32Array[],
  required: readonly number[],
  keep: (index: number) => boolean,
): (complete: number) => Ranked[] {
  const groups = unitGroups(query);
  const units = groups.flat();
  const quoted = required.filter((k) => groups[k]?.some((u) => u.quoted));
  const words = queryWords(units);
  // On the stored bytes: decoding each candidate's text cost a fifth of a search at ×300.
  const holdsWord = (k: number) => words.some((w) => store.normalized.includes(k, w));
  return (complete) => {
    const held = new Map(
      (required.length < 2
        ? []
        : partialMatches(query, sets, required, (k) => keep(k) && quoted.every((q) => contains(sets[q] ?? EMPTY, k)))
      ).map((c) => [c.index, c.held]),
    );
    const heldClauses = Int32Array.from(held.keys()).sort();
    const byGroups =
      held.size === 0
        ? []
        : best(
            rankUnits(store, units, heldClauses).tiered((c) => required.length - (held.get(c) ?? 0)),
            MAX_PARTIAL,
          );
    const anyWords = quoted.length === 0 && (required.length >= 2 || complete === 0);
    // The best of every clause having a word of the query (tens of thousands for a common word), by
    // MaxScore: the best of rankUnits(store, units), without scoring them all.
    const byWords = anyWords
      ? bestByTerms(
          store.words,
          [...termWeights(units)].filter(([, weight]) => weight > 0).map(([term, weight]) => ({ term, weight })),
          MAX_PARTIAL - byGroups.length,
          (c) => keep(c) && !held.has(c) && holdsWord(c),
        )
      : [];
    return [...byGroups, ...byWords].map((m) => ({ ...m, missing: missingWords(query, sets, required, m.index) }));
  };
}

/**
 * The words a partial match may hold: every unit whole, and the whole words of the forms typed (a
 * word of one character only when it is the whole unit: 药 of 药品 is no word of the query).
 */
export function queryWords(units: readonly QueryUnit[]): string[] {
  const words = new Set<string>();
  for (const u of units) {
    words.add(u.normalized);
    if (u.synonymOf !== undefined) continue;
    for (const t of u.terms) if (!t.sub && (t.term.length > 1 || u.normalized.length === 1)) words.add(t.term);
  }
  return [...words];
}

// The best `k` of a ranking's clauses that `keep` accepts, best first. `keep` (a text check for the
// partial matches) is asked only of the clauses that would be kept: the same k, far fewer checks.
function best(ranking: Ranking, k: number, keep?: (clause: number) => boolean): Ranked[] {
  const top = new TopK(k, (i, j) => ranking.before(i, j));
  for (let i = 0; i < ranking.clauses.length; i++)
    if (top.admits(i) && (!keep || keep(ranking.clauses[i] as number))) top.push(i);
  return top.sorted().map((i) => ({ index: ranking.clauses[i] as number, score: ranking.scores[i] as number }));
}

/**
 * The clauses a match must hold, by position in `unitGroups(query)`. The must-clauses are weighed by
 * requiredGroups; should-clauses (a general dictionary sense: policy -> 政策) rank without being
 * required: `innovative drugs policy measures` finds the clauses on 创新药, 政策 and 措施 ranking them.
 * A query of should-clauses only requires none: a clause holding any of them matches, as in Lucene.
 */
function requiredOf(store: IndexStore, query: Query, sets: readonly Int32Array[]): number[] {
  const clauses = phraseClauses(query, 'must', 'should');
  const rarity = clauses.map((c) => rarityOf(store, c.units));
  const sizes = sets.map((s) => s.length);
  const must = clauses.flatMap((c, k) => (c.occur === 'must' ? [k] : []));
  // Only general words (water saving plants): any of them makes a match, and BM25 sorts them out.
  if (must.length === 0) return clauses.length === 1 ? [0] : [];
  if (must.length === clauses.length) return requiredGroups(sizes, rarity, store.clauses.length);
  return requiredGroups(
    must.map((k) => sizes[k] as number),
    must.map((k) => rarity[k] as number),
    store.clauses.length,
  ).map((i) => must[i] as number);
}

/**
 * How rare a clause is: the clauses matched by its rarest unit that occurs at all, typed or translated
 * (MAH, not MAH with its translation 上市许可持有人). A form an expansion added does not count, nor
 * does a unit no clause holds: 高等学校, written nowhere, must not make 高校 look rarer than it is and
 * turn the other words of the query into mere ranking. A clause none of whose units occurs is 0.
 */
function rarityOf(store: IndexStore, group: readonly QueryUnit[]): number {
  const counts = (units: readonly QueryUnit[]) => units.map((u) => phraseMatches(store, u).length).filter((n) => n > 0);
  const own = counts(group.filter((u) => u.synonymOf === undefined));
  const found = own.length > 0 ? own : counts(group);
  return found.length > 0 ? Math.min(...found) : 0;
}

/**
 * The clauses a match must hold. In a query of several, one that matches far more clauses than the
 * rarest (`commonRatio` times, and over `commonShare` of all clauses) narrows little and mostly throws
 * good hits away (`MAH 制度`: 制度 is in one clause in twelve), so it only ranks, as Lucene's
 * common-terms query does. With one clause, or when one matches nothing, all are required.
 * @param sizes clauses matched by each clause of the query
 * @param rarity each one's rarity (`rarityOf`: its rarest form that occurs)
 */
export function requiredGroups(sizes: readonly number[], rarity: readonly number[], clauseCount: number): number[] {
  const { commonRatio, commonShare } = SEARCH_DEFAULTS.matching;
  const all = sizes.map((_, k) => k);
  const rarest = Math.min(...rarity);
  if (sizes.length < 2 || Math.min(...sizes) === 0) return all;
  // The rarest clause is never common beside itself: a query always requires at least it.
  return all.filter(
    (k) =>
      rarity[k] === rarest ||
      (sizes[k] as number) <= rarest * commonRatio ||
      (sizes[k] as number) <= clauseCount * commonShare,
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
