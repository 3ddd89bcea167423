// Ranked clause search: exact phrase matches first, BM25 within them, partial matches as a fallback.
import { FIELD_BOOST, type Clause } from '../../indexer/store/index.ts';
import type { Hit, MatchMode, SearchResponse } from '../contract/index.ts';
import { DomainError } from '../errors.ts';
import { highlightText } from './highlight.ts';
import type { IndexStore } from './index-store.ts';
import { FILL_BELOW, MAX_PARTIAL, partialMatches } from './partial.ts';
import { inRegions } from './regions.ts';
import type { ParsedQuery, QueryUnit } from './query-parser.ts';

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

const SUB_TERM_WEIGHT = 0.3;
/** A synonym of a form typed ranks a clause this much of what the form itself would. */
const SYNONYM_WEIGHT = 0.5;

// The weight of each term of the units in BM25: a word typed 1, a piece of one SUB_TERM_WEIGHT, a
// synonym's own word SYNONYM_WEIGHT (its pieces nothing).
function termWeights(units: readonly QueryUnit[]): Map<string, number> {
  const weights = new Map<string, number>();
  const raise = (term: string, w: number) => weights.set(term, Math.max(weights.get(term) ?? 0, w));
  for (const u of units) {
    for (const t of u.terms) {
      if (u.synonymOf === undefined) raise(t.term, t.sub ? SUB_TERM_WEIGHT : 1);
      else if (t.term === u.normalized) raise(t.term, SYNONYM_WEIGHT);
    }
  }
  return weights;
}
const PHRASE_CACHE_SIZE = 1000;

/** A match in ranking order; a partial one says which words of the query it lacks. */
interface Ranked {
  readonly index: number;
  readonly score: number;
  readonly missing?: readonly string[];
}

/**
 * The partial matches of a query, computed when asked: first the clauses holding most of its required
 * groups verbatim (several groups: most held first, BM25 within each tier), then the clauses having
 * any of its words (BM25) when it has several groups or nothing else matched (a word's pieces are no
 * match beside clauses that hold the word), at most MAX_PARTIAL in all. Each says which required words
 * it does not hold verbatim. Quoted units are never dropped.
 */
function partialFill(
  store: IndexStore,
  query: ParsedQuery,
  sets: ReadonlyArray<ReadonlySet<number>>,
  required: readonly number[],
  keep: (index: number) => boolean,
): (complete: number) => Ranked[] {
  const units = query.groups.flat();
  const quoted = required.filter((k) => query.groups[k]?.some((u) => u.quoted));
  const wordOf = (k: number) => query.groups[k]?.find((u) => u.synonymOf === undefined)?.text ?? '';
  const missingIn = (index: number) => required.filter((k) => !sets[k]?.has(index)).map(wordOf);
  return (complete) => {
    const groups =
      required.length < 2
        ? []
        : partialMatches(query, sets, required, (k) => keep(k) && quoted.every((q) => sets[q]?.has(k)));
    const held = new Map(groups.map((c) => [c.index, c.held]));
    const byGroups = rank(store, units, new Set(held.keys())).sort(
      (a, b) => (held.get(b.index) ?? 0) - (held.get(a.index) ?? 0),
    );
    const words = quoted.length === 0 && (required.length >= 2 || complete === 0);
    const byWords = words ? rank(store, units, undefined).filter((m) => keep(m.index) && !held.has(m.index)) : [];
    return [...byGroups, ...byWords].slice(0, MAX_PARTIAL).map((m) => ({ ...m, missing: missingIn(m.index) }));
  };
}

/**
 * Matches holding the forms the query names, in every required group, before those that hold only a
 * synonym of one (集采 typed: clauses saying 集采 first, then those saying 集中带量采购); BM25 order
 * within each. Without synonyms in the query, the ranking as it is.
 */
function typedFirst(
  store: IndexStore,
  query: ParsedQuery,
  required: readonly number[],
  ranked: Array<{ index: number; score: number }>,
): Array<{ index: number; score: number }> {
  if (!query.groups.some((g) => g.some((u) => u.synonymOf !== undefined))) return ranked;
  const typedSets = required.map(
    (k) =>
      new Set((query.groups[k] ?? []).filter((u) => u.synonymOf === undefined).flatMap((u) => unitMatches(store, u))),
  );
  const exact = (index: number) => typedSets.every((set) => set.has(index));
  return [...ranked.filter((m) => exact(m.index)), ...ranked.filter((m) => !exact(m.index))];
}

/**
 * Searches clauses. A clause matches when it contains every group of the query (a group: any of
 * its units, each unit verbatim after normalisation) and none of the excluded units; those hits
 * are ranked by BM25 over the query's words, headings counting double. When nothing matches
 * verbatim and nothing was quoted, clauses with any of the words come back, flagged `partial`
 * (one unit) or `any-terms` (several).
 * @throws DomainError UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT for a filter naming nothing in the index.
 */
export function searchClauses(store: IndexStore, query: ParsedQuery, options: SearchOptions): SearchResult {
  const regions = store.regions.resolveAll([...options.province, ...query.filters.province]);
  const docs = resolveDocs(store, [...options.doc, ...query.filters.doc]);
  const units = query.groups.flat();
  // The units typed (or translated), without the synonyms added for them.
  const typed = units.filter((u) => u.synonymOf === undefined);
  const excluded = new Set(query.excluded.flatMap((u) => unitMatches(store, u)));
  let mode: MatchMode = typed.length === 1 ? 'exact' : 'all-terms';
  let matched: Array<{ index: number; score: number }> = [];
  let optional: string[] = [];
  let fill: ((complete: number) => Ranked[]) | undefined;
  if (units.length > 0) {
    const sets = query.groups.map((group) => new Set(group.flatMap((u) => unitMatches(store, u))));
    // A group is as rare as its rarest unit: MAH, not MAH with its translation 上市许可持有人.
    const rarity = query.groups.map((group) => Math.min(...group.map((u) => unitMatches(store, u).length)));
    const required = requiredGroups(
      sets.map((s) => s.size),
      rarity,
      store.clauses.length,
    );
    optional = query.groups
      .filter((_, k) => !required.includes(k))
      .flat()
      .filter((u) => u.synonymOf === undefined)
      .map((u) => u.text);
    let exact: Set<number> | undefined;
    for (const k of required) {
      const any = sets[k] as Set<number>;
      exact = exact ? new Set([...exact].filter((x) => any.has(x))) : any;
    }
    const allowed = new Set([...(exact ?? [])].filter((k) => !excluded.has(k)));
    const quoted = units.some((u) => u.quoted);
    if (allowed.size > 0 || quoted) matched = typedFirst(store, query, required, rank(store, units, allowed));
    // No clause holds every word: the partial matches are all there is.
    if (matched.length === 0 && !quoted) mode = typed.length === 1 ? 'partial' : 'any-terms';
    fill = partialFill(store, query, sets, required, (k) => !excluded.has(k) && !allowed.has(k));
  }
  const inDoc = (c: Clause) => docs.length === 0 || docs.includes(c.docId);
  // Maps, not objects: a document id or province may be any string, `constructor` included.
  const byProvince = new Map<string, number>();
  const byDoc = new Map<string, number>();
  const filtered: Ranked[] = [];
  const take = (list: readonly Ranked[]) => {
    for (const m of list) {
      const c = store.clauses[m.index] as Clause;
      const region = inRegions(c, regions),
        doc = inDoc(c);
      if (doc) byProvince.set(c.province, (byProvince.get(c.province) ?? 0) + 1);
      if (region) byDoc.set(c.docId, (byDoc.get(c.docId) ?? 0) + 1);
      if (region && doc) filtered.push(m);
    }
  };
  take(matched);
  const complete = filtered.length;
  // Fewer complete matches than a page (in the filters): the best partial ones fill it, after them.
  if (fill && complete < FILL_BELOW) take(fill(complete));
  // A synonym holding a form typed (质量和疗效一致性评价 for 一致性评价) is not marked whole: the form
  // typed is marked inside it.
  const marked = units.filter(
    (u) => u.synonymOf === undefined || !typed.some((t) => u.normalized.includes(t.normalized)),
  );
  // A complete match has the units marked; a partial one also the words it has of the others.
  const whole = marked.map((u) => u.normalized);
  const words = units.flatMap((u) =>
    u.terms.filter((t) => t.term.length > 1 || u.normalized.length === 1).map((t) => t.term),
  );
  const hits = filtered.slice(options.offset, options.offset + options.limit).map((m) => {
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
    total: filtered.length,
    facets: { province: Object.fromEntries(byProvince), doc: Object.fromEntries(byDoc) },
    hits,
  };
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
 * @param rarity clauses matched by each group's rarest unit
 */
export function requiredGroups(sizes: readonly number[], rarity: readonly number[], clauseCount: number): number[] {
  const all = sizes.map((_, k) => k);
  const rarest = Math.min(...rarity);
  if (sizes.length < 2 || Math.min(...sizes) === 0) return all;
  return all.filter(
    (k) => (sizes[k] as number) <= rarest * COMMON_RATIO || (sizes[k] as number) <= clauseCount * COMMON_SHARE,
  );
}

/** Positions of the clauses that contain `unit` verbatim: grams narrow, a substring check decides. */
export function unitMatches(store: IndexStore, unit: QueryUnit): readonly number[] {
  const cached = store.phraseCache.get(unit.normalized);
  if (cached) return cached;
  const candidates = store.search.search(
    { combineWith: 'AND', queries: [...unit.grams] },
    { fields: ['grams'], prefix: (term) => !/\p{Script=Han}/u.test(term), combineWith: 'AND' },
  );
  const out: number[] = [];
  for (const r of candidates) {
    const k = store.indexOf(r.id as string);
    if (k !== undefined && (store.normalized[k] as string).includes(unit.normalized)) out.push(k);
  }
  out.sort((a, b) => a - b);
  if (store.phraseCache.size >= PHRASE_CACHE_SIZE)
    store.phraseCache.delete(store.phraseCache.keys().next().value as string);
  store.phraseCache.set(unit.normalized, out);
  return out;
}

// BM25 over the units' words; pieces of longer words count less, and a synonym counts as a whole
// form only (质量和疗效一致性评价 added for 一致性评价 must not rank clauses by 质量 and 疗效). With
// `allowed`, only those clauses, and a clause that contains the phrase but none of its words (cut
// otherwise in context) still comes back, last.
function rank(
  store: IndexStore,
  units: readonly QueryUnit[],
  allowed: Set<number> | undefined,
): Array<{ index: number; score: number }> {
  const weights = termWeights(units);
  const terms = [...weights.keys()];
  const scored =
    terms.length === 0
      ? []
      : store.search.search(
          { combineWith: 'OR', queries: terms },
          {
            fields: ['text', 'heading'],
            boost: FIELD_BOOST,
            boostTerm: (term) => weights.get(term) ?? 0,
            ...(allowed ? { filter: (r) => allowed.has(store.indexOf(r.id as string) ?? -1) } : {}),
          },
        );
  const out = scored.map((r) => ({ index: store.indexOf(r.id as string) as number, score: r.score }));
  if (allowed) {
    const seen = new Set(out.map((o) => o.index));
    for (const k of [...allowed].sort((a, b) => a - b)) if (!seen.has(k)) out.push({ index: k, score: 0 });
  }
  return out;
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
    doc: {
      id: c.docId,
      title: d?.meta.title ?? c.docId,
      ...(d?.meta.titleEn ? { titleEn: d.meta.titleEn } : {}),
      province: c.province,
      provinceEn: d?.meta.provinceEn ?? '',
    },
  };
}
