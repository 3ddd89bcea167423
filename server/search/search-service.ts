// Ranked clause search: exact phrase matches first, BM25 within them, partial matches as a fallback.
import { difference, intersect, union, type Clause } from '../../indexer/store/index.ts';
import type { Hit, MatchMode, SearchResponse } from '../contract/index.ts';
import { DomainError } from '../errors.ts';
import { collect } from './collect.ts';
import { highlightText } from './highlight.ts';
import type { IndexStore } from './index-store.ts';
import { phraseMatches } from './phrase-match.ts';
import type { ParsedQuery, QueryUnit } from './query-parser.ts';
import { rankUnits, type Ranking } from './rank.ts';

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

/**
 * Searches clauses. A clause matches when it contains every group of the query (a group: any of
 * its units, each unit verbatim after normalisation) and none of the excluded units; those hits
 * are ranked by BM25 over the query's words, headings counting double. When nothing matches
 * verbatim and nothing was quoted, clauses with any of the words come back, flagged `partial`
 * (one unit) or `any-terms` (several). Only the candidates are scored, and only the page is sorted.
 * @throws DomainError UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT for a filter naming nothing in the index.
 */
export function searchClauses(store: IndexStore, query: ParsedQuery, options: SearchOptions): SearchResult {
  const regions = store.regions.resolveAll([...options.province, ...query.filters.province]);
  const docs = resolveDocs(store, [...options.doc, ...query.filters.doc]);
  const units = query.groups.flat();
  const excluded = union(query.excluded.map((u) => phraseMatches(store, u)));
  let mode: MatchMode = units.length === 1 ? 'exact' : 'all-terms';
  let ranking: Ranking | undefined;
  let skip: Uint8Array | undefined;
  let optional: string[] = [];
  if (units.length > 0) {
    const sets = query.groups.map((group) => union(group.map((u) => phraseMatches(store, u))));
    // A group is as rare as its rarest unit: MAH, not MAH with its translation 上市许可持有人.
    const rarity = query.groups.map((group) => Math.min(...group.map((u) => phraseMatches(store, u).length)));
    const required = requiredGroups(
      sets.map((s) => s.length),
      rarity,
      store.clauses.length,
    );
    optional = query.groups
      .filter((_, k) => !required.includes(k))
      .flat()
      .map((u) => u.text);
    const exact = required
      .map((k) => sets[k] as Int32Array)
      .sort((a, b) => a.length - b.length)
      .reduce<Int32Array | undefined>((acc, set) => (acc ? intersect(acc, set) : set), undefined);
    const allowed = difference(exact ?? new Int32Array(0), excluded);
    if (allowed.length > 0 || units.some((u) => u.quoted)) {
      ranking = rankUnits(store, units, allowed);
    } else {
      mode = units.length === 1 ? 'partial' : 'any-terms';
      ranking = rankUnits(store, units);
      skip = marks(store.clauses.length, excluded);
    }
  }
  const { total, facets, top } = ranking
    ? collect(store, ranking, { regions, docs, ...(skip ? { skip } : {}) }, options.offset + options.limit)
    : { total: 0, facets: { province: {}, doc: {} }, top: [] };
  const needles =
    mode === 'exact' || mode === 'all-terms'
      ? units.map((u) => u.normalized)
      : units.flatMap((u) => u.terms.filter((t) => t.term.length > 1 || u.normalized.length === 1).map((t) => t.term));
  const ranked = ranking;
  const hits = ranked
    ? top
        .slice(options.offset)
        .map((i) =>
          clauseHit(store, { index: ranked.clauses[i] as number, score: ranked.scores[i] as number }, needles),
        )
    : [];
  return {
    query: {
      q: query.q,
      terms: [...new Set(units.flatMap((u) => u.terms.filter((t) => !t.sub).map((t) => t.term)))],
      phrases: units.map((u) => u.text),
      excluded: query.excluded.map((u) => u.text),
      filters: { province: regions.map((r) => r.zh), doc: docs },
      mode,
      optional,
      lang: query.lang,
      translations: query.translations,
    },
    total,
    facets,
    hits,
  };
}

function marks(count: number, clauses: Int32Array): Uint8Array | undefined {
  if (clauses.length === 0) return undefined;
  const out = new Uint8Array(count);
  for (const c of clauses) out[c] = 1;
  return out;
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

/** Positions of the clauses that contain `unit` verbatim (ascending): grams narrow, a substring check decides. */
export function unitMatches(store: IndexStore, unit: QueryUnit): readonly number[] {
  return Array.from(phraseMatches(store, unit));
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
