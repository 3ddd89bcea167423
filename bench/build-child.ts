// Child process of the benchmark: builds one corpus's index, writes it, loads it back; prints JSON.
// A process of its own so that its peak memory is its own.
import { statSync } from 'node:fs';
import { analyzerFingerprint, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { readIndex, writeIndex } from '../indexer/store/persist.ts';
import { buildIndex } from '../indexer/pipeline.ts';
import { IndexStore } from '../server/search/index-store.ts';
import { queryLatency } from './latency.ts';

const [corpusDir, indexPath] = process.argv.slice(2) as [string, string];
loadAnalyzer();
let t = performance.now();
const { data, report } = await buildIndex(corpusDir);
const buildMs = performance.now() - t;
writeIndex(indexPath, data);
const bytes = statSync(indexPath).size;
t = performance.now();
const loaded = readIndex(indexPath, { analyzer: analyzerFingerprint(), corpus: data.corpus });
const loadMs = performance.now() - t;
const latency = queryLatency(new IndexStore(loaded), 10);
console.log(
  JSON.stringify({
    documents: report.documents.length,
    clauses: report.clauses,
    buildMs,
    bytes,
    loadMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    latency,
  }),
);
