// Child process of the benchmark: the FTS5 peer on the clauses and plans build-child.ts wrote; prints
// JSON (or why it was skipped: better-sqlite3 is a native module that may not have installed).
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type BetterSqlite3 from 'better-sqlite3';
import { createFts5, searchFts5, type ClauseRow } from './fts5.ts';
import type { QueryPlan } from './query-plan.ts';
import { rankingQuality, type SearchGold } from './ranking-quality.ts';

const [peerDir] = process.argv.slice(2) as [string];
let Database: typeof BetterSqlite3;
try {
  Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  new Database(':memory:').close();
} catch (err) {
  console.log(JSON.stringify({ skipped: `better-sqlite3 cannot be loaded: ${(err as Error).message.split('\n')[0]}` }));
  process.exit(0);
}
const plans = JSON.parse(readFileSync(join(peerDir, 'plans.json'), 'utf8')) as {
  mix: QueryPlan[];
  gold: Array<{ gold: SearchGold; plan: QueryPlan; asTyped: QueryPlan }>;
};
const dbPath = join(peerDir, 'clauses.sqlite');
rmSync(dbPath, { force: true });
const originals: string[] = [];

const rows: ClauseRow[] = [];
for await (const line of createInterface({ input: createReadStream(join(peerDir, 'clauses.ndjson')) })) {
  const [normalized, province, city, doc, original] = JSON.parse(line) as [
    string,
    string,
    string | null,
    string,
    string,
  ];
  rows.push({ normalized, province, ...(city ? { city } : {}), doc });
  if (original !== null) originals.push(original);
}
// Timed from the texts in memory, as zhengce's build is timed from the corpus on disk (which also
// reads, parses and chunks the documents).
let t = performance.now();
const db = new Database(dbPath);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
createFts5(db, rows);
db.close();
const buildMs = performance.now() - t;
const buildPeakMB = process.resourceUsage().maxRSS / 1024;
rows.length = 0;
t = performance.now();
const reader = new Database(dbPath, { readonly: true });
const loadMs = performance.now() - t;

const times: number[] = [];
for (let r = -1; r < 10; r++) {
  for (const plan of plans.mix) {
    const started = performance.now();
    searchFts5(reader, plan);
    if (r >= 0) times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] as number;
// Totals compared where zhengce matched exactly (a fallback ranks by other means).
const compared = plans.mix.filter((p) => p.zhengce.mode === 'exact' || p.zhengce.mode === 'all-terms');
const disagree = compared
  .map((p) => ({ q: p.q, zhengce: p.zhengce.complete, fts5: searchFts5(reader, p).total }))
  .filter((d) => d.zhengce !== d.fts5);
// Ranking quality on the development set: given zhengce's reading of each query (translations,
// groups), and given the query as typed.
const quality = (which: 'plan' | 'asTyped') =>
  rankingQuality(
    plans.gold.map((g) => g.gold),
    (gold) =>
      searchFts5(reader, (plans.gold.find((g) => g.gold === gold) as Record<typeof which, QueryPlan>)[which]).top.map(
        (k) => originals[k] as string,
      ),
  );
const qualities =
  plans.gold.length > 0 && originals.length > 0 ? { quality: quality('plan'), qualityAsTyped: quality('asTyped') } : {};
console.log(
  JSON.stringify({
    buildMs,
    buildPeakMB,
    bytes: statSync(dbPath).size,
    loadMs,
    latency: { p50: at(50), p95: at(95), p99: at(99) },
    agreement: { compared: compared.length, disagree },
    ...qualities,
  }),
);
