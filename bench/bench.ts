// `npm run bench`: build, load and query figures for the corpus; prints a table, writes bench/results.json.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzerFingerprint, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { readIndex, writeIndex } from '../indexer/persist.ts';
import { buildIndex } from '../indexer/pipeline.ts';
import { IndexStore } from '../server/search/index-store.ts';
import { parseQuery } from '../server/search/query-parser.ts';
import { searchClauses } from '../server/search/search-service.ts';

/** The fixed query mix: phrases, several terms, filters, a fallback. */
export const QUERY_MIX: ReadonlyArray<{ q: string; province?: string }> = [
  { q: '一致性评价' }, { q: '带量采购' }, { q: '产业大脑' }, { q: '配方颗粒' }, { q: '5G' }, { q: 'CRO' },
  { q: '仿制药 一致性评价' }, { q: '医药 营业收入 目标' }, { q: '"未来工厂"' }, { q: '一致性評價' },
  { q: '一致性评价', province: '江苏' }, { q: '临床急需', province: 'Zhejiang' }, { q: '医药产业营业收入目标' },
  { q: '产业大脑 OR 未来工厂' }, { q: '一致性评价 -仿制药' }, { q: '中药材' }, { q: '人才' }, { q: '医疗器械 创新' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Query latency in process over the mix, after a warm-up round. */
export function queryLatency(store: IndexStore, rounds: number): { p50: number; p95: number; p99: number; queries: number } {
  const times: number[] = [];
  for (let r = -1; r < rounds; r++) {
    for (const { q, province } of QUERY_MIX) {
      store.phraseCache.clear();
      const t = performance.now();
      searchClauses(store, parseQuery(q), { province: province ? [province] : [], doc: [], limit: 10, offset: 0 });
      if (r >= 0) times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), queries: times.length };
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const results: Record<string, unknown> = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, date: new Date().toISOString() };

let t = performance.now();
loadAnalyzer();
const analyzerMs = performance.now() - t;
t = performance.now();
const { data, report } = buildIndex('corpus');
const buildMs = performance.now() - t;
const path = join(mkdtempSync(join(tmpdir(), 'zhengce-bench-')), 'index.zci');
writeIndex(path, data);
const size = statSync(path).size;
t = performance.now();
const loaded = readIndex(path, { analyzer: analyzerFingerprint(), corpus: data.corpus });
const loadMs = performance.now() - t;
const latency = queryLatency(new IndexStore(loaded), 50);
results.corpus = { documents: report.documents.length, clauses: report.clauses, analyzerLoadMs: analyzerMs, buildMs, indexBytes: size, loadMs, rebuildMs: buildMs, latency };

console.log('zhengce benchmark (corpus as shipped)');
console.log(`  analyzer load (jieba dictionaries)   ${ms(analyzerMs)}`);
console.log(`  index build (${report.documents.length} documents, ${report.clauses} clauses)   ${ms(buildMs)}`);
console.log(`  index on disk                        ${(size / 1024).toFixed(0)} KiB`);
console.log(`  index load from disk                 ${ms(loadMs)}`);
console.log(`  search in process (${latency.queries} queries, cold phrase cache)   p50 ${ms(latency.p50)}  p95 ${ms(latency.p95)}  p99 ${ms(latency.p99)}`);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
