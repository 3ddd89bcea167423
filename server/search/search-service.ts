// Ranked clause search: exact phrase matches first, BM25 within them, partial matches as a fallback.
import { FIELD_BOOST, type Clause } from '../../indexer/store/index.ts';
import type { Hit, MatchMode, SearchResponse } from '../contract/index.ts';
import { DomainError } from '../errors.ts';
import { highlightText } from './highlight.ts';
import type { IndexStore } from './index-store.ts';
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
const PHRASE_CACHE_SIZE = 1000;

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
    if (allowed.size > 0 || units.some((u) => u.quoted)) {
      matched = typedFirst(store, query, required, rank(store, units, allowed));
    } else {
      mode = typed.length === 1 ? 'partial' : 'any-terms';
      matched = rank(store, units, undefined).filter((m) => !excluded.has(m.index));
    }
  }
  const inDoc = (c: Clause) => docs.length === 0 || docs.includes(c.docId);
  // Maps, not objects: a document id or province may be any string, `constructor` included.
  const byProvince = new Map<string, number>();
  const byDoc = new Map<string, number>();
  const filtered: Array<{ index: number; score: number }> = [];
  for (const m of matched) {
    const c = store.clauses[m.index] as Clause;
    const region = inRegions(c, regions),
      doc = inDoc(c);
    if (doc) byProvince.set(c.province, (byProvince.get(c.province) ?? 0) + 1);
    if (region) byDoc.set(c.docId, (byDoc.get(c.docId) ?? 0) + 1);
    if (region && doc) filtered.push(m);
  }
  // A synonym holding a form typed (质量和疗效一致性评价 for 一致性评价) is not marked whole: the form
  // typed is marked inside it.
  const marked = units.filter(
    (u) => u.synonymOf === undefined || !typed.some((t) => u.normalized.includes(t.normalized)),
  );
  const needles =
    mode === 'exact' || mode === 'all-terms'
      ? marked.map((u) => u.normalized)
      : units.flatMap((u) => u.terms.filter((t) => t.term.length > 1 || u.normalized.length === 1).map((t) => t.term));
  const hits = filtered.slice(options.offset, options.offset + options.limit).map((m) => clauseHit(store, m, needles));
  return {
    query: {
      q: query.q,
      terms: [...new Set(typed.flatMap((u) => u.terms.filter((t) => !t.sub).map((t) => t.term)))],
      phrases: typed.map((u) => u.text),
      excluded: query.excluded.map((u) => u.text),
      filters: { province: regions.map((r) => r.zh), doc: docs },
      mode,
      complete: mode === 'exact' || mode === 'all-terms' ? filtered.length : 0,
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

// BM25 over the units' words; pieces of longer words count less. With `allowed`, only those
// clauses, and a clause that contains the phrase but none of its words (cut otherwise in context)
// still comes back, last.
function rank(
  store: IndexStore,
  units: readonly QueryUnit[],
  allowed: Set<number> | undefined,
): Array<{ index: number; score: number }> {
  const sub = new Set(units.flatMap((u) => u.terms.filter((t) => t.sub).map((t) => t.term)));
  const terms = [...new Set(units.flatMap((u) => u.terms.map((t) => t.term)))];
  const scored =
    terms.length === 0
      ? []
      : store.search.search(
          { combineWith: 'OR', queries: terms },
          {
            fields: ['text', 'heading'],
            boost: FIELD_BOOST,
            boostTerm: (term) => (sub.has(term) ? SUB_TERM_WEIGHT : 1),
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
