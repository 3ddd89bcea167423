// Child process of the benchmark: builds one corpus's index and writes it, then loads it back and
// times the query mix; prints JSON. A process of its own so that its peak memory is its own. With a
// peer folder, also writes what the FTS5 peer needs: the clauses (NDJSON) and the query plans.
import { createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzerFingerprint, loadAnalyzer } from '../indexer/analysis/analyzer.ts';
import { openIndexFile, writeIndex } from '../indexer/store/persist.ts';
import { buildIndex } from '../indexer/pipeline.ts';
import { IndexStore } from '../server/search/index-store.ts';
import { parseQuery } from '../server/search/expand.ts';
import { searchClauses } from '../server/search/search-service.ts';
import { QUERY_MIX, queryLatency } from './latency.ts';
import { planAsTyped, planQuery } from './query-plan.ts';
import { rankingQuality, type SearchGold } from './ranking-quality.ts';

const [corpusDir, indexPath, peerDir, goldPath] = process.argv.slice(2) as [string, string, string?, string?];
loadAnalyzer();
// The build in a function of its own: its data is garbage once written, before the index is loaded.
async function buildAndWrite() {
  const started = performance.now();
  const { data, report } = await buildIndex(corpusDir);
  const ms = performance.now() - started;
  writeIndex(indexPath, data);
  return { report, corpus: data.corpus, buildMs: ms, buildPeakMB: process.resourceUsage().maxRSS / 1024 };
}
const { report, corpus, buildMs, buildPeakMB } = await buildAndWrite();
const bytes = statSync(indexPath).size;
const t = performance.now();
// Opened as the server opens it: what a first search needs is read, the rest when asked for.
const store = new IndexStore(openIndexFile(indexPath, { analyzer: analyzerFingerprint(), corpus }));
const loadMs = performance.now() - t;
const latency = queryLatency(store, 10);
const golds = goldPath && existsSync(goldPath) ? readGolds(goldPath) : [];
const quality = golds.length > 0 ? rankingQuality(golds, (g) => top10(g)) : undefined;
if (peerDir) await writePeerInput(peerDir);
console.log(
  JSON.stringify({
    documents: report.documents.length,
    clauses: report.clauses,
    textBytes: report.textBytes,
    buildMs,
    buildPeakMB,
    bytes,
    loadMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    latency,
    ...(quality ? { quality } : {}),
  }),
);

function readGolds(path: string): SearchGold[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SearchGold)
    .filter((g) => Array.isArray(g.relevant));
}

function top10(g: SearchGold): string[] {
  const r = searchClauses(store, parseQuery(g.q, { context: store.queryContext() }), {
    province: g.province ? [g.province] : [],
    doc: [],
    limit: 10,
    offset: 0,
  });
  return r.hits.map((h) => h.text);
}

// Clause k is line k: [normalised text, province, city, document, original text (with a gold set)].
async function writePeerInput(dir: string): Promise<void> {
  const out = createWriteStream(join(dir, 'clauses.ndjson'));
  [...store.clauses].forEach((c, k) => {
    const row = [store.normalized.get(k), c.province, c.city ?? null, c.docId, golds.length > 0 ? c.text : null];
    out.write(`${JSON.stringify(row)}\n`);
  });
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const plans = {
    mix: QUERY_MIX.filter((m) => !m.ask).map((m) => planQuery(store, m.q, m.province)),
    gold: golds.map((gold) => ({
      gold,
      plan: planQuery(store, gold.q, gold.province),
      asTyped: planAsTyped(store, gold.q, gold.province),
    })),
  };
  writeFileSync(join(dir, 'plans.json'), JSON.stringify(plans));
}
