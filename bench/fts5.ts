// The benchmark's peer: SQLite FTS5 with the trigram tokenizer over the same normalised clause texts,
// running zhengce's query plans.
import type { Database, Statement } from 'better-sqlite3';
import type { QueryPlan } from './query-plan.ts';

/** One clause as the peer indexes it: its normalised text and what filters and facets need. */
export interface ClauseRow {
  readonly normalized: string;
  readonly province: string;
  readonly city?: string;
  readonly doc: string;
}

/** What the peer answers to a plan: total, clause numbers of the top 10, facets. */
export interface PeerResult {
  readonly total: number;
  readonly top: readonly number[];
  readonly facets: { readonly province: ReadonlyMap<string, number>; readonly doc: ReadonlyMap<string, number> };
  /** True when nothing matched exactly and the plan's terms were searched instead. */
  readonly fallback: boolean;
}

/**
 * Creates the table and indexes `rows` (clause k is row k + 1) in one transaction, then merges the
 * index's segments (`optimize`), as one would for a read-mostly index.
 */
export function createFts5(db: Database, rows: Iterable<ClauseRow>): void {
  db.exec(
    `CREATE VIRTUAL TABLE clauses USING fts5(text, province UNINDEXED, city UNINDEXED, doc UNINDEXED, tokenize = 'trigram')`,
  );
  const insert = db.prepare('INSERT INTO clauses(rowid, text, province, city, doc) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    let k = 0;
    for (const r of rows) insert.run(++k, r.normalized, r.province, r.city ?? null, r.doc);
  })();
  db.exec(`INSERT INTO clauses(clauses) VALUES ('optimize')`);
}

interface Where {
  readonly match: string[];
  readonly sql: string[];
  readonly params: string[];
}

/**
 * Runs a plan: units of three characters or more as trigram phrases (a phrase is a substring),
 * shorter ones as `LIKE '%…%'` (the trigram index cannot serve them: a scan), groups AND-ed, units in
 * a group OR-ed, excluded units NOT-ed, region and document filters on the unindexed columns; ranked
 * by FTS5's bm25. When nothing matches and nothing was quoted, rows with any of the plan's terms
 * (those of three characters or more, else the shorter ones) come back instead, as zhengce falls
 * back. Facets count by province within the document filter, by document within the region filter.
 */
export function searchFts5(db: Database, plan: QueryPlan): PeerResult {
  let where = exactWhere(plan);
  let fallback = false;
  if (!plan.quoted && plan.groups.length > 0 && count(db, where, {}) === 0) {
    where = termsWhere(plan.terms);
    fallback = true;
  }
  if (plan.groups.length === 0 && plan.terms.length === 0) return empty();
  const regions = regionFilter(plan);
  const docs = docFilter(plan);
  const both = { ...regions, ...docs };
  const sql = sqlOf(where, [regions, docs]);
  const order = where.match.length > 0 ? 'ORDER BY rank' : 'ORDER BY rowid';
  const top = statement(db, `SELECT rowid FROM clauses WHERE ${sql.sql} ${order} LIMIT 10`)
    .pluck()
    .all(...sql.params) as number[];
  return {
    total: count(db, where, both),
    top: top.map((rowid) => rowid - 1),
    facets: { province: facet(db, where, 'province', docs), doc: facet(db, where, 'doc', regions) },
    fallback,
  };
}

function empty(): PeerResult {
  return { total: 0, top: [], facets: { province: new Map(), doc: new Map() }, fallback: false };
}

const chars = (s: string) => [...s].length;
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function exactWhere(plan: QueryPlan): Where {
  const w: Where = { match: [], sql: [], params: [] };
  for (const group of plan.groups) {
    if (group.every((u) => chars(u) >= 3)) w.match.push(`(${group.map(phrase).join(' OR ')})`);
    else {
      w.sql.push(`(${group.map(() => `text LIKE ? ESCAPE '\\'`).join(' OR ')})`);
      w.params.push(...group.map(like));
    }
  }
  for (const u of plan.excluded) {
    if (chars(u) >= 3 && w.match.length > 0) w.match.push(`NOT ${phrase(u)}`);
    else {
      w.sql.push(`text NOT LIKE ? ESCAPE '\\'`);
      w.params.push(like(u));
    }
  }
  return w;
}

function termsWhere(terms: readonly string[]): Where {
  const long = terms.filter((t) => chars(t) >= 3);
  if (long.length > 0) return { match: [long.map(phrase).join(' OR ')], sql: [], params: [] };
  return { match: [], sql: [`(${terms.map(() => `text LIKE ? ESCAPE '\\'`).join(' OR ')})`], params: terms.map(like) };
}

interface Filter {
  readonly sql?: string;
  readonly params?: string[];
}

function regionFilter(plan: QueryPlan): Filter {
  if (plan.regions.length === 0) return {};
  return {
    sql: `(${plan.regions.map((r) => (r.city ? 'city = ?' : 'province = ?')).join(' OR ')})`,
    params: plan.regions.map((r) => r.city ?? r.province),
  };
}

function docFilter(plan: QueryPlan): Filter {
  if (plan.docs.length === 0) return {};
  return { sql: `doc IN (${plan.docs.map(() => '?').join(', ')})`, params: [...plan.docs] };
}

// The WHERE clause of `where` and the filters, MATCH first, with its parameters in order.
function sqlOf(where: Where, filters: readonly Filter[]): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (where.match.length > 0) {
    parts.push('clauses MATCH ?');
    params.push(where.match.join(' AND ').replace(/ AND NOT /g, ' NOT '));
  }
  parts.push(...where.sql);
  params.push(...where.params);
  for (const f of filters) {
    if (!f.sql) continue;
    parts.push(f.sql);
    params.push(...(f.params ?? []));
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

function count(db: Database, where: Where, filter: Filter): number {
  const sql = sqlOf(where, [filter]);
  return statement(db, `SELECT count(*) FROM clauses WHERE ${sql.sql}`)
    .pluck()
    .get(...sql.params) as number;
}

function facet(db: Database, where: Where, column: 'province' | 'doc', filter: Filter): Map<string, number> {
  const sql = sqlOf(where, [filter]);
  const rows = statement(db, `SELECT ${column}, count(*) FROM clauses WHERE ${sql.sql} GROUP BY ${column}`)
    .raw()
    .all(...sql.params) as Array<[string, number]>;
  return new Map(rows);
}

const statements = new WeakMap<Database, Map<string, Statement>>();

function statement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
