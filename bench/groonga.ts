// The benchmark's second peer: Groonga (a C full-text engine made for CJK, Debian `groonga-bin`), with
// TokenBigram + NormalizerAuto over the same normalised clause texts, running zhengce's query plans.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { QueryPlan } from './query-plan.ts';

/** Why Groonga cannot run here, or undefined when the `groonga` command answers. */
export function groongaMissing(): string | undefined {
  const r = spawnSync('groonga', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return 'the groonga command is not installed (Debian: apt-get install groonga-bin)';
  return undefined;
}

/** The schema: clause k is record k + 1; a bigram index with positions (for phrases) over the text. */
export const SCHEMA = [
  'table_create Clauses TABLE_NO_KEY',
  'column_create Clauses text COLUMN_SCALAR LongText',
  'column_create Clauses province COLUMN_SCALAR ShortText',
  'column_create Clauses city COLUMN_SCALAR ShortText',
  'column_create Clauses doc COLUMN_SCALAR ShortText',
];

/** Made after the load: Groonga then builds the index in one pass (its "static index construction"). */
export const INDEX = [
  'table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram --normalizer NormalizerAuto',
  'column_create Terms clauses_text COLUMN_INDEX|WITH_POSITION Clauses text',
];

/** A Groonga process reading commands on stdin, one JSON answer a line on stdout. */
export interface GroongaPipe {
  readonly pid: number;
  /** Sends one command (or a `load` with its data lines) and resolves with its answer line. */
  send(command: string): Promise<string>;
  /** Writes a line that has no answer of its own (data of a `load`), waiting when the pipe is full. */
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts `groonga` on `dbPath` (`create`: a new database) in standalone mode, commands on stdin. */
export function openGroonga(dbPath: string, create: boolean): GroongaPipe {
  const child: ChildProcessWithoutNullStreams = spawn('groonga', [...(create ? ['-n'] : []), dbPath]);
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid as number,
    send: (command) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${command}\n`);
      }),
    write: (line) =>
      new Promise((resolve) => {
        if (child.stdin.write(`${line}\n`)) resolve();
        else child.stdin.once('drain', () => resolve());
      }),
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** What Groonga answers to a plan: the total and the clause numbers of the top 10. */
export interface GroongaResult {
  readonly total: number;
  readonly top: readonly number[];
}

const quoted = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

// Groonga's query syntax: space is AND, OR between alternatives, `- x` excludes, "…" a phrase.
function exactQuery(plan: QueryPlan): string {
  const groups = plan.groups.map((g) => (g.length === 1 ? quoted(g[0] as string) : `(${g.map(quoted).join(' OR ')})`));
  return [...groups, ...plan.excluded.map((u) => `- ${quoted(u)}`)].join(' ');
}

function filterOf(plan: QueryPlan): string | undefined {
  const parts: string[] = [];
  if (plan.regions.length > 0)
    parts.push(
      `(${plan.regions.map((r) => (r.city ? `city == ${quoted(r.city)}` : `province == ${quoted(r.province)}`)).join(' || ')})`,
    );
  if (plan.docs.length > 0) parts.push(`(${plan.docs.map((d) => `doc == ${quoted(d)}`).join(' || ')})`);
  return parts.length > 0 ? parts.join(' && ') : undefined;
}

/**
 * The `select` of a plan as a URL path (what the HTTP server and the standalone process both take):
 * the query on the text, the region and document filters, ranked by score, the top 10 and the
 * province and document facets. `fallback`: the plan's terms, any of them, as zhengce falls back.
 */
export function selectPath(plan: QueryPlan, fallback = false): string {
  const query = fallback ? plan.terms.map(quoted).join(' OR ') : exactQuery(plan);
  const filter = filterOf(plan);
  const params = new URLSearchParams({
    table: 'Clauses',
    match_columns: 'text',
    query,
    ...(filter ? { filter } : {}),
    output_columns: '_id',
    sort_keys: '-_score,_id',
    limit: '10',
    drilldown: 'province,doc',
  });
  return `/d/select?${params.toString().replace(/\+/g, '%20')}`;
}

/** Reads a select answer: `[[status…], [[[total], columns, [id]…], facets…]]`. */
export function parseSelect(line: string): GroongaResult {
  const answer = JSON.parse(line) as [[number, ...unknown[]], Array<Array<unknown>>];
  if (answer[0][0] !== 0) throw new Error(`groonga: ${JSON.stringify(answer[0])}`);
  const records = answer[1][0] as [[number], unknown, ...Array<[number]>];
  return { total: records[0][0], top: records.slice(2).map((r) => (r as [number])[0] - 1) };
}

/** Runs a plan as zhengce does: the exact query, else (nothing matched, nothing quoted) the fallback. */
export async function searchGroonga(pipe: GroongaPipe, plan: QueryPlan): Promise<GroongaResult> {
  if (plan.groups.length === 0 && plan.terms.length === 0) return { total: 0, top: [] };
  // Only exclusions (no group): Groonga needs something to exclude from, so the terms are searched.
  if (plan.groups.length === 0) return parseSelect(await pipe.send(selectPath(plan, true)));
  const exact = parseSelect(await pipe.send(selectPath(plan)));
  if (exact.total > 0 || plan.quoted) return exact;
  return parseSelect(await pipe.send(selectPath(plan, true)));
}
