// `npm run bench`: per corpus size, zhengce's build, index, load, start, memory, in-process and HTTP
// figures beside SQLite FTS5's and Groonga's (when the `groonga` command is installed) on the same
// clause texts and readings of the queries; engines one after the other within each run, every figure
// a range over BENCH_RUNS runs (default 2). Prints the table, writes bench/results.json.
// BENCH_FACTORS (default 10,100,300; add 1000) picks the synthetic sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { readCorpus } from '../indexer/read-corpus.ts';
import type { HttpFigures } from './http-load.ts';
import { httpRun, type HttpRun } from './http-run.ts';
import type { Percentiles } from './latency.ts';
import type { Quality } from './ranking-quality.ts';
import { growthLines, mainTable, range, type CorpusFigures, type EngineRuns } from './report.ts';
import { startServer } from './server-start.ts';
import { makeSyntheticCorpus } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zhengce-bench-'));
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const RUNS = Math.max(2, Number(process.env.BENCH_RUNS ?? 2));
const FACTORS = (process.env.BENCH_FACTORS ?? '10,100,300')
  .split(',')
  .map(Number)
  .filter((n) => n > 1);
// The development set, to compare ranking quality on the shipped corpus (skipped when absent).
const GOLD = resolve(ROOT, process.env.BENCH_EVAL ?? '../shared/eval/dev-search.jsonl');
const TSX = ['--import', 'tsx'];
/**
 * The server program the benchmark starts: the bundle `npm start` runs (built once below), not the
 * sources through tsx, whose transpiling (1.1–1.7 s) is a cost of development, not of serving.
 */
const SERVER = ['dist/server/main.js'];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  runs: RUNS,
  httpSeconds: HTTP_SECONDS,
};
const log = (label: string, value: string) => console.log(`  ${label.padEnd(56)} ${value}`);
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

interface ZhengceChild {
  documents: number;
  clauses: number;
  textBytes: number;
  buildMs: number;
  buildPeakMB: number;
  bytes: number;
  loadMs: number;
  maxRssMB: number;
  latency: { search: Percentiles; searchCpu: Percentiles; ask: Percentiles };
  quality?: Quality;
}
interface PeerChild {
  skipped?: string;
  buildMs: number;
  buildPeakMB: number;
  bytes: number;
  loadMs: number;
  latency: Percentiles;
  agreement: { compared: number; disagree: Array<{ q: string; zhengce: number } & Record<string, unknown>> };
  quality?: Quality;
  qualityAsTyped?: Quality;
  /** Groonga: the mix's selects, for its HTTP server. */
  paths?: string[];
}

function child<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, [...TSX, join(ROOT, 'bench', script), ...args], {
    cwd: ROOT,
    maxBuffer: 1 << 26,
    timeout: 3_600_000,
  }).toString();
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

const quality = (q: Quality | undefined) =>
  q ? `recall@10 ${q.recall.toFixed(3)} / MRR ${q.mrr.toFixed(3)} / nDCG@10 ${q.ndcg.toFixed(3)} (n ${q.n})` : '';

// One corpus, RUNS times: zhengce's build child, the FTS5 and Groonga children on the same clauses and
// plans, then the HTTP run (zhengce's server, Groonga's, the bare route); ranges over the runs.
async function measure(name: string, corpusDir: string, factor: number): Promise<CorpusFigures> {
  const dir = join(TMP, `x${factor}`);
  mkdirSync(dir, { recursive: true });
  const indexPath = join(dir, 'index.zci');
  const zs: ZhengceChild[] = [];
  const fs: PeerChild[] = [];
  const gs: PeerChild[] = [];
  const hs: HttpRun[] = [];
  for (let run = 1; run <= RUNS; run++) {
    log(`${name}, run ${run}: load average (1 min) before`, (loadavg()[0] as number).toFixed(2));
    zs.push(child<ZhengceChild>('build-child.ts', [corpusDir, indexPath, dir, ...(factor === 1 ? [GOLD] : [])]));
    fs.push(child<PeerChild>('fts5-child.ts', [dir]));
    gs.push(child<PeerChild>('groonga-child.ts', [dir]));
    // The lexicon is derived before the server starts (it would otherwise derive it, untimed here).
    const lexiconPath = join(dir, 'lexicon.json');
    const lexiconArgs = ['--index', indexPath, '--out', lexiconPath];
    execFileSync(process.execPath, [...TSX, join(ROOT, 'indexer/lexicon-cli.ts'), ...lexiconArgs], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const g = gs[gs.length - 1] as PeerChild;
    const groonga = g.skipped ? undefined : { dbPath: join(dir, 'groonga', 'db'), paths: g.paths ?? [] };
    const setup = { root: ROOT, corpusDir, indexPath, lexiconPath, program: SERVER };
    hs.push(await httpRun(setup, dir, groonga, HTTP_SECONDS));
  }
  const z = zs[0] as ZhengceChild;
  log(
    `${name}: documents / clauses / text`,
    `${z.documents} / ${z.clauses} / ${(z.textBytes / 2 ** 20).toFixed(1)} MiB`,
  );
  if (z.quality) log(`${name}: zhengce ranking on the development set`, quality(z.quality));
  const engines: CorpusFigures['engines'][number][] = [
    {
      name: 'zhengce',
      runs: {
        ...childRuns(zs.map((x) => ({ ...x, latency: x.latency.search }))),
        startMs: hs.map((h) => h.zhengce.startMs),
        serverRssMB: hs.map((h) => h.zhengce.rssMB),
        cached: hs.map((h) => h.zhengce.searchCached),
        uncached: hs.map((h) => h.zhengce.searchUncached),
        ask: hs.map((h) => h.zhengce.askUncached),
        toBare: hs.map((h) => h.searchToBare),
      },
    },
  ];
  log(
    `${name}: zhengce ask p50 / p99 in process`,
    zs.map((x) => `${ms(x.latency.ask.p50)} / ${ms(x.latency.ask.p99)}`).join('; '),
  );
  log(
    `${name}: zhengce search p99 in CPU time`,
    range(
      zs.map((x) => x.latency.searchCpu.p99),
      ms,
    ),
  );
  for (const [label, runs] of [
    ['SQLite FTS5 trigram', fs],
    ['Groonga TokenBigram', gs],
  ] as const) {
    const f = runs[0] as PeerChild;
    if (f.skipped) {
      log(`${name}: ${label} skipped`, f.skipped);
      continue;
    }
    const d = f.agreement.disagree;
    log(
      `${name}: totals, zhengce = ${label} (exact matches)`,
      `${f.agreement.compared - d.length} of ${f.agreement.compared}${d.map((x) => `; ${x.q}: ${x.zhengce} vs ${String(x.fts5 ?? x.groonga)}`).join('')}`,
    );
    if (f.quality) log(`${name}: ${label} ranking, given zhengce's reading`, quality(f.quality));
    if (f.qualityAsTyped) log(`${name}: ${label} ranking, given the query as typed`, quality(f.qualityAsTyped));
    const groonga = label.startsWith('Groonga');
    engines.push({
      name: label,
      runs: {
        ...childRuns(runs),
        ...(groonga
          ? {
              startMs: hs.flatMap((h) => (h.groonga ? [h.groonga.startMs] : [])),
              serverRssMB: hs.flatMap((h) => (h.groonga ? [h.groonga.rssMB] : [])),
              cached: hs.flatMap((h) => (h.groonga ? [h.groonga.cached] : [])),
              uncached: hs.flatMap((h) => (h.groonga ? [h.groonga.uncached] : [])),
            }
          : {}),
      },
    });
  }
  for (const h of hs) {
    const line = (x: HttpFigures) =>
      `${x.rps.toFixed(0)} req/s, p50 ${x.p50.toFixed(1)} / p99 ${x.p99.toFixed(1)} ms, errors ${x.errors}, non-2xx ${x.non2xx}`;
    log(`${name}: http zhengce search (answer cache)`, line(h.zhengce.searchCached));
    log(`${name}: http zhengce search (past the cache)`, line(h.zhengce.searchUncached));
    log(`${name}: http zhengce ask (past the cache)`, line(h.zhengce.askUncached));
    if (h.groonga) log(`${name}: http Groonga select (its cache)`, line(h.groonga.cached));
    if (h.groonga) log(`${name}: http Groonga select (cache=no)`, line(h.groonga.uncached));
    log(`${name}: http bare Express route, same bodies`, line(h.bare));
  }
  results[name] = { zhengce: zs, fts5: fs, groonga: gs, http: hs };
  return { factor, clauses: z.clauses, textBytes: z.textBytes, engines };
}

// A child's figures as runs, its in-process latency as p50 / p99.
function childRuns(xs: ReadonlyArray<Omit<PeerChild, 'agreement'>>): EngineRuns {
  return {
    buildMs: xs.map((x) => x.buildMs),
    buildPeakMB: xs.map((x) => x.buildPeakMB),
    bytes: xs.map((x) => x.bytes),
    loadMs: xs.map((x) => x.loadMs),
    p50: xs.map((x) => x.latency.p50),
    p99: xs.map((x) => x.latency.p99),
  };
}

// The sources through tsx (`npm run dev`), beside the bundle's start in the table: what tsx costs.
async function tsxStart(): Promise<void> {
  const dir = join(TMP, 'x1');
  const starts: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const server = await startServer({
      root: ROOT,
      corpusDir: join(ROOT, 'corpus'),
      indexPath: join(dir, 'index.zci'),
      lexiconPath: join(dir, 'lexicon.json'),
      program: [...TSX, 'server/main.ts'],
    });
    await server.stop();
    starts.push(server.startMs);
  }
  log('corpus x1: server start through tsx (the bundle is in the table)', range(starts, ms));
  results.tsxStartMs = starts;
}

// Other processes on the machine show in every figure: the load is printed with the tables.
const loadAtStart = loadavg()[0] as number;
console.log(`zhengce benchmark (load average ${loadAtStart.toFixed(2)} on ${cpus().length} cores)`);
let t = performance.now();
loadAnalyzer();
const analyzerMs = performance.now() - t;
const texts = (await readCorpus(join(ROOT, 'corpus'))).documents.map((d) => d.text);
const megabytes = texts.reduce((s, x) => s + Buffer.byteLength(x), 0) / 1e6;
t = performance.now();
for (let r = 0; r < 5; r++) for (const x of texts) analyze(x);
const segMBs = (5 * megabytes) / ((performance.now() - t) / 1000);
log('analyzer: jieba dictionaries load', ms(analyzerMs));
log('analyzer: segmentation throughput (analyze, one thread)', `${segMBs.toFixed(2)} MB/s`);
results.analyzer = { loadMs: analyzerMs, segmentationMBps: segMBs };
if (!existsSync(GOLD)) log('ranking quality', `skipped: no development set at ${GOLD} (set BENCH_EVAL)`);
// What `npm start` runs: the page and the server bundled (its prestart); a failure here stops the bench.
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'ignore' });

const corpora: CorpusFigures[] = [await measure('corpus x1', join(ROOT, 'corpus'), 1)];
await tsxStart();
for (const factor of FACTORS) {
  const dir = join(TMP, `corpus-x${factor}`);
  makeSyntheticCorpus(join(ROOT, 'corpus'), dir, factor);
  corpora.push(await measure(`corpus x${factor}`, dir, factor));
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(TMP, `x${factor}`), { recursive: true, force: true });
}
const table = mainTable(corpora);
const growth = growthLines(corpora);
const load = `load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] as number).toFixed(2)} at the end`;
results.loadAverage = { start: loadAtStart, end: loadavg()[0] };
console.log(`\n${table.join('\n')}\n${growth.length ? `\n${growth.join('\n')}\n` : ''}\n${load}`);
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ ...results, table, growth }, null, 2)}\n`);
rmSync(TMP, { recursive: true, force: true });
console.log('written bench/results.json');
