// `npm run bench`: build, load, start, query and HTTP figures; prints a table, writes bench/results.json.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express from 'express';
import { analyze, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { readCorpus } from '../indexer/read-corpus.ts';
import { QUERY_MIX } from './latency.ts';
import { makeSyntheticCorpus } from './synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'zhengce-bench-'));
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const FACTORS = (process.env.BENCH_FACTORS ?? '10,100')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
};
const rows: Array<[string, string]> = [];
const ms = (x: number) => {
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  return `${x.toFixed(x < 10 ? 2 : 0)} ms`;
};
const log = (label: string, value: string) => {
  rows.push([label, value]);
  console.log(`  ${label.padEnd(52)} ${value}`);
};

interface BuildFigures {
  documents: number;
  clauses: number;
  buildMs: number;
  bytes: number;
  loadMs: number;
  maxRssMB: number;
  latency: { search: { p50: number; p95: number; p99: number }; ask: { p50: number; p95: number; p99: number } };
}

function buildChild(corpusDir: string, indexPath: string): BuildFigures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/build-child.ts'), corpusDir, indexPath],
    { cwd: ROOT, maxBuffer: 1 << 24, timeout: 900_000 },
  ).toString();
  return JSON.parse(out.trim().split('\n').pop() as string) as BuildFigures;
}

function reportBuild(name: string, f: BuildFigures): void {
  log(`${name}: documents / clauses`, `${f.documents} / ${f.clauses}`);
  log(`${name}: index build (analyzer loaded)`, ms(f.buildMs));
  log(`${name}: peak memory of the build process`, `${f.maxRssMB.toFixed(0)} MB`);
  log(`${name}: index on disk`, `${(f.bytes / 2 ** 20).toFixed(2)} MiB`);
  log(
    `${name}: load from disk / rebuild`,
    `${ms(f.loadMs)} / ${ms(f.buildMs)} (${(f.buildMs / f.loadMs).toFixed(1)}x)`,
  );
  log(
    `${name}: search p50 / p95 / p99 in process`,
    `${ms(f.latency.search.p50)} / ${ms(f.latency.search.p95)} / ${ms(f.latency.search.p99)}`,
  );
  log(
    `${name}: ask p50 / p95 / p99 in process`,
    `${ms(f.latency.ask.p50)} / ${ms(f.latency.ask.p95)} / ${ms(f.latency.ask.p99)}`,
  );
}

console.log('zhengce benchmark');
// 1. Analyzer: dictionary load, segmentation throughput.
let t = performance.now();
loadAnalyzer();
const analyzerMs = performance.now() - t;
const texts = (await readCorpus(join(ROOT, 'corpus'))).documents.map((d) => d.text);
const megabytes = texts.reduce((s, x) => s + Buffer.byteLength(x), 0) / 2 ** 20;
t = performance.now();
for (let r = 0; r < 5; r++) for (const x of texts) analyze(x);
const segMBs = (5 * megabytes) / ((performance.now() - t) / 1000);
log('analyzer: jieba dictionaries load', ms(analyzerMs));
log('analyzer: segmentation throughput (analyze, UTF-8)', `${segMBs.toFixed(2)} MB/s`);
results.analyzer = { loadMs: analyzerMs, segmentationMBps: segMBs };

// 2. The corpus as shipped.
const corpus = buildChild(join(ROOT, 'corpus'), join(TMP, 'corpus.zci'));
reportBuild('corpus x1', corpus);
results.corpus = corpus;

// 3. Server start to first answered request, from a persisted index (built into data/ if stale).
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'indexer/cli.ts')], { cwd: ROOT, stdio: 'ignore' });
const port = 3900 + Math.floor(Math.random() * 90);
t = performance.now();
const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
let startMs: number;
for (;;) {
  try {
    const res = await fetch(`${base}/api/search?q=%E4%B8%80%E8%87%B4%E6%80%A7%E8%AF%84%E4%BB%B7`);
    if (res.ok) {
      startMs = performance.now() - t;
      break;
    }
  } catch {
    /* not listening yet */
  }
  await new Promise((r) => setTimeout(r, 20));
  if (performance.now() - t > 60_000) throw new Error('the server did not answer within 60 s');
}
log('server: start to first answered search (persisted)', ms(startMs));
results.serverStartMs = startMs;

// 4. HTTP: /api/search and /api/ask with the mixed list, and a bare Express route, same run.
const bare = express();
bare.get('/constant', (_req, res) => {
  res.json({ ok: true });
});
const bareServer = await new Promise<import('node:http').Server>((r) => {
  const s = bare.listen(0, '127.0.0.1', () => r(s));
});
const barePort = (bareServer.address() as import('node:net').AddressInfo).port;
const requests = (path: string) =>
  QUERY_MIX.filter((m) => !m.ask).map((m) => ({
    method: 'GET' as const,
    path: `${path}?q=${encodeURIComponent(m.q)}${m.province ? `&province=${encodeURIComponent(m.province)}` : ''}`,
  }));
async function load(
  url: string,
  reqs?: Array<{ method: 'GET'; path: string }>,
): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const r = await autocannon({ url, connections: 16, duration: HTTP_SECONDS, ...(reqs ? { requests: reqs } : {}) });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}
const http = {
  bare: await load(`http://127.0.0.1:${barePort}/constant`),
  search: await load(base, requests('/api/search')),
  ask: await load(
    base,
    QUERY_MIX.filter((m) => m.ask).map((m) => ({
      method: 'GET' as const,
      path: `/api/ask?q=${encodeURIComponent(m.q)}`,
    })),
  ),
};
server.kill('SIGTERM');
bareServer.close();
for (const [name, h] of Object.entries(http))
  log(
    `http ${name} (16 connections, ${HTTP_SECONDS} s)`,
    `${h.rps.toFixed(0)} req/s, p50 ${h.p50} ms, p99 ${h.p99} ms, errors ${h.errors}, non-2xx ${h.non2xx}`,
  );
log('http: /api/search throughput / bare route', `${(http.search.rps / http.bare.rps).toFixed(2)}`);
results.http = { ...http, searchToBare: http.search.rps / http.bare.rps };

// 5. Synthetic corpora, 10x and 100x.
for (const factor of FACTORS) {
  const dir = join(TMP, `corpus-x${factor}`);
  const made = makeSyntheticCorpus(join(ROOT, 'corpus'), dir, factor);
  log(`corpus x${factor}: text`, `${(made.bytes / 2 ** 20).toFixed(1)} MiB in ${made.documents} documents`);
  const f = buildChild(dir, join(TMP, `x${factor}.zci`));
  reportBuild(`corpus x${factor}`, f);
  results[`corpus x${factor}`] = { ...f, textBytes: made.bytes };
}

writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
console.log(`\nwritten bench/results.json (${readdirSync(TMP).length} temporary files in ${TMP})`);
