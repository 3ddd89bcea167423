// `npm run bench`: per corpus size, zhengce's build, index, load, start and query figures beside SQLite
// FTS5's on the same clause texts and queries; HTTP figures on the shipped corpus. Prints the tables,
// writes bench/results.json. BENCH_FACTORS (default 10,100,300; add 1000) picks the synthetic sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express from 'express';
import { analyze, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { readCorpus } from '../indexer/read-corpus.ts';
import { QUERY_MIX, type Percentiles } from './latency.ts';
import type { Quality } from './ranking-quality.ts';
import { growthLines, mainTable, type CorpusFigures } from './report.ts';
import { startServer } from './server-start.ts';
import { makeSyntheticCorpus } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zhengce-bench-'));
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const FACTORS = (process.env.BENCH_FACTORS ?? '10,100,300')
  .split(',')
  .map(Number)
  .filter((n) => n > 1);
// The development set, to compare ranking quality on the shipped corpus (skipped when absent).
const GOLD = resolve(ROOT, process.env.BENCH_EVAL ?? '../shared/eval/dev-search.jsonl');
const TSX = ['--import', 'tsx'];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
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
interface Fts5Child {
  skipped?: string;
  buildMs: number;
  buildPeakMB: number;
  bytes: number;
  loadMs: number;
  latency: Percentiles;
  agreement: { compared: number; disagree: Array<{ q: string; zhengce: number; fts5: number }> };
  quality?: Quality;
  qualityAsTyped?: Quality;
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

// One corpus: zhengce's build child, the FTS5 child on the same clauses and plans, the server's start.
async function measure(name: string, corpusDir: string, factor: number): Promise<CorpusFigures> {
  const dir = join(TMP, `x${factor}`);
  mkdirSync(dir, { recursive: true });
  const indexPath = join(dir, 'index.zci');
  log(`${name}: load average (1 min) of the machine before`, (loadavg()[0] as number).toFixed(2));
  const z = child<ZhengceChild>('build-child.ts', [corpusDir, indexPath, dir, ...(factor === 1 ? [GOLD] : [])]);
  log(
    `${name}: documents / clauses / text`,
    `${z.documents} / ${z.clauses} / ${(z.textBytes / 2 ** 20).toFixed(1)} MiB`,
  );
  log(`${name}: zhengce build (analyzer loaded), peak RSS`, `${ms(z.buildMs)}, ${z.buildPeakMB.toFixed(0)} MB`);
  log(`${name}: zhengce index on disk, load`, `${(z.bytes / 2 ** 20).toFixed(1)} MiB, ${ms(z.loadMs)}`);
  const s = z.latency.search;
  log(`${name}: zhengce search p50 / p95 / p99`, `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`);
  const c = z.latency.searchCpu;
  log(`${name}: zhengce search p50 / p95 / p99 in CPU time`, `${ms(c.p50)} / ${ms(c.p95)} / ${ms(c.p99)}`);
  log(`${name}: zhengce ask p50 / p99`, `${ms(z.latency.ask.p50)} / ${ms(z.latency.ask.p99)}`);
  if (z.quality) log(`${name}: zhengce ranking on the development set`, quality(z.quality));
  const f = child<Fts5Child>('fts5-child.ts', [dir]);
  if (f.skipped) log(`${name}: SQLite FTS5 skipped`, f.skipped);
  else {
    log(
      `${name}: FTS5 build, peak RSS, size`,
      `${ms(f.buildMs)}, ${f.buildPeakMB.toFixed(0)} MB, ${(f.bytes / 2 ** 20).toFixed(1)} MiB`,
    );
    log(`${name}: FTS5 search p50 / p95 / p99`, `${ms(f.latency.p50)} / ${ms(f.latency.p95)} / ${ms(f.latency.p99)}`);
    const d = f.agreement.disagree;
    log(
      `${name}: totals, zhengce = FTS5 (exact matches)`,
      `${f.agreement.compared - d.length} of ${f.agreement.compared}${d.map((x) => `; ${x.q}: ${x.zhengce} vs ${x.fts5}`).join('')}`,
    );
    if (f.quality) log(`${name}: FTS5 ranking, given zhengce's reading of the query`, quality(f.quality));
    if (f.qualityAsTyped) log(`${name}: FTS5 ranking, given the query as typed`, quality(f.qualityAsTyped));
  }
  // The lexicon is derived before the server starts (it would otherwise derive it, untimed here).
  const lexiconPath = join(dir, 'lexicon.json');
  execFileSync(
    process.execPath,
    [...TSX, join(ROOT, 'indexer/lexicon-cli.ts'), '--index', indexPath, '--out', lexiconPath],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  const server = await startServer({
    root: ROOT,
    corpusDir,
    indexPath,
    lexiconPath,
    program: [...TSX, 'server/main.ts'],
  });
  await server.stop();
  log(
    `${name}: server start to first answered search (tsx), its RSS`,
    `${ms(server.startMs)}, ${server.rssMB.toFixed(0)} MB`,
  );
  results[name] = { zhengce: { ...z, startMs: server.startMs, serverRssMB: server.rssMB }, fts5: f };
  const engine = (e: { buildMs: number; buildPeakMB: number; bytes: number; loadMs: number }, p: Percentiles) => ({
    buildMs: e.buildMs,
    buildPeakMB: e.buildPeakMB,
    bytes: e.bytes,
    loadMs: e.loadMs,
    p50: p.p50,
    p99: p.p99,
  });
  return {
    factor,
    clauses: z.clauses,
    textBytes: z.textBytes,
    zhengce: { ...engine(z, s), startMs: server.startMs },
    ...(f.skipped ? {} : { fts5: engine(f, f.latency) }),
  };
}

// HTTP on the shipped corpus: /api/search and /api/ask with the mix, and a bare Express route, same run.
async function http(): Promise<void> {
  const dir = join(TMP, 'x1');
  const setup = {
    root: ROOT,
    corpusDir: join(ROOT, 'corpus'),
    indexPath: join(dir, 'index.zci'),
    lexiconPath: join(dir, 'lexicon.json'),
  };
  // What `npm start` runs: the page and the server bundled (its prestart), then the bundle.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const built = await startServer({ ...setup, program: ['dist/server/main.js'] });
  await built.stop();
  log('corpus x1: server start to first answered search (npm start)', ms(built.startMs));
  const server = await startServer({ ...setup, program: [...TSX, 'server/main.ts'] });
  const bare = express();
  bare.get('/constant', (_req, res) => {
    res.json({ ok: true });
  });
  const bareServer = await new Promise<import('node:http').Server>((r) => {
    const s = bare.listen(0, '127.0.0.1', () => r(s));
  });
  const barePort = (bareServer.address() as import('node:net').AddressInfo).port;
  const load = async (url: string, requests?: Array<{ method: 'GET'; path: string }>) => {
    const r = await autocannon({ url, connections: 16, duration: HTTP_SECONDS, ...(requests ? { requests } : {}) });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
  };
  const path = (m: (typeof QUERY_MIX)[number]) =>
    m.ask
      ? `/api/ask?q=${encodeURIComponent(m.q)}`
      : `/api/search?q=${encodeURIComponent(m.q)}${m.province ? `&province=${encodeURIComponent(m.province)}` : ''}`;
  const figures = {
    bare: await load(`http://127.0.0.1:${barePort}/constant`),
    search: await load(
      server.base,
      QUERY_MIX.filter((m) => !m.ask).map((m) => ({ method: 'GET' as const, path: path(m) })),
    ),
    ask: await load(
      server.base,
      QUERY_MIX.filter((m) => m.ask).map((m) => ({ method: 'GET' as const, path: path(m) })),
    ),
  };
  await server.stop();
  bareServer.close();
  for (const [name, h] of Object.entries(figures))
    log(
      `http ${name} (16 connections, ${HTTP_SECONDS} s)`,
      `${h.rps.toFixed(0)} req/s, p50 ${h.p50} ms, p99 ${h.p99} ms, errors ${h.errors}, non-2xx ${h.non2xx}`,
    );
  log('http: /api/search throughput / bare route', (figures.search.rps / figures.bare.rps).toFixed(2));
  results.http = { ...figures, searchToBare: figures.search.rps / figures.bare.rps, npmStartMs: built.startMs };
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

const corpora: CorpusFigures[] = [await measure('corpus x1', join(ROOT, 'corpus'), 1)];
await http();
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
