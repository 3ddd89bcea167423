// Child process of the benchmark: the Groonga peer on the clauses and plans build-child.ts wrote (as
// the FTS5 peer reads them); prints JSON, or why it was skipped (no `groonga` command). The database
// stays in the peer folder for the HTTP run.
import { createReadStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { INDEX, SCHEMA, groongaMissing, openGroonga, searchGroonga, selectPath, type GroongaPipe } from './groonga.ts';
import type { QueryPlan } from './query-plan.ts';
import { rankingQuality, type SearchGold } from './ranking-quality.ts';

const [peerDir] = process.argv.slice(2) as [string];
const missing = groongaMissing();
if (missing) {
  console.log(JSON.stringify({ skipped: missing }));
  process.exit(0);
}
const plans = JSON.parse(readFileSync(join(peerDir, 'plans.json'), 'utf8')) as {
  mix: QueryPlan[];
  gold: Array<{ gold: SearchGold; plan: QueryPlan; asTyped: QueryPlan }>;
};
const dbDir = join(peerDir, 'groonga');
rmSync(dbDir, { recursive: true, force: true });
const dbPath = join(dbDir, 'db');
mkdirSync(dbDir, { recursive: true });

const ok = async (pipe: GroongaPipe, command: string) => {
  const answer = await pipe.send(command);
  if (!answer.startsWith('[[0,')) throw new Error(`groonga: ${command}: ${answer.slice(0, 300)}`);
};
// Peak resident memory of a process so far (VmHWM), in MB.
const peakMB = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

// Timed from the texts in the NDJSON file, the load streamed in as it is read; then the index.
const originals: string[] = [];
let t = performance.now();
const builder = openGroonga(dbPath, true);
for (const command of SCHEMA) await ok(builder, command);
// The `load` answers once, after the closing bracket: the data lines have no answer of their own.
const loaded = builder.send('load --table Clauses --columns text,province,city,doc\n[');
for await (const line of createInterface({ input: createReadStream(join(peerDir, 'clauses.ndjson')) })) {
  const [normalized, province, city, doc, original] = JSON.parse(line) as [
    string,
    string,
    string | null,
    string,
    string,
  ];
  await builder.write(`${JSON.stringify([normalized, province, city ?? '', doc])},`);
  if (original !== null) originals.push(original);
}
await builder.write(']');
if (!(await loaded).startsWith('[[0,')) throw new Error('groonga: the load failed');
for (const command of INDEX) await ok(builder, command);
const buildMs = performance.now() - t;
const buildPeakMB = peakMB(builder.pid);
await builder.close();
// Blocks allocated: Groonga sizes its files ahead, sparsely.
const bytes = readdirSync(dbDir).reduce((s, f) => s + statSync(join(dbDir, f)).blocks * 512, 0);

// Opening the database, to its first answer.
t = performance.now();
const reader = openGroonga(dbPath, false);
await ok(reader, 'status');
const loadMs = performance.now() - t;

const times: number[] = [];
for (let r = -1; r < 10; r++) {
  for (const plan of plans.mix) {
    const started = performance.now();
    await searchGroonga(reader, plan);
    if (r >= 0) times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] as number;
const compared = plans.mix.filter((p) => p.zhengce.mode === 'exact' || p.zhengce.mode === 'all-terms');
const disagree: Array<{ q: string; zhengce: number; groonga: number }> = [];
for (const p of compared) {
  const total = (await searchGroonga(reader, p)).total;
  if (total !== p.zhengce.complete) disagree.push({ q: p.q, zhengce: p.zhengce.complete, groonga: total });
}
// Ranking quality on the development set, given zhengce's reading of each query and the query as typed.
const quality = async (which: 'plan' | 'asTyped') => {
  const tops = new Map<SearchGold, string[]>();
  for (const g of plans.gold)
    tops.set(
      g.gold,
      (await searchGroonga(reader, g[which])).top.map((k) => originals[k] as string),
    );
  return rankingQuality(
    plans.gold.map((g) => g.gold),
    (gold) => tops.get(gold) ?? [],
  );
};
const qualities =
  plans.gold.length > 0 && originals.length > 0
    ? { quality: await quality('plan'), qualityAsTyped: await quality('asTyped') }
    : {};
await reader.close();
console.log(
  JSON.stringify({
    buildMs,
    buildPeakMB,
    bytes,
    loadMs,
    latency: { p50: at(50), p95: at(95), p99: at(99) },
    agreement: { compared: compared.length, disagree },
    // The HTTP run sends the same selects to Groonga's own HTTP server.
    paths: plans.mix.map((p) => selectPath(p)),
    ...qualities,
  }),
);
