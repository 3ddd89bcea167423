// Where a server's start goes: each step of opening an index timed, with the heap and RSS after it.
// `npx tsx bench/profile-start.ts CORPUS_DIR INDEX_FILE LEXICON_FILE` (an index built beforehand).
import { analyzerFingerprint, loadAnalyzer } from '../indexer/analysis/index.ts';
import { corpusFingerprint } from '../indexer/pipeline.ts';
import { openIndexFile, readLexicon, lexiconIdentity } from '../indexer/store/index.ts';
import { IndexStore } from '../server/search/index-store.ts';
import { parseQuery } from '../server/search/expand.ts';
import { searchClauses } from '../server/search/search-service.ts';

const [corpusDir, indexPath, lexiconPath] = process.argv.slice(2);
if (!corpusDir || !indexPath || !lexiconPath) {
  console.error('usage: profile-start.ts CORPUS_DIR INDEX_FILE LEXICON_FILE');
  process.exit(2);
}

const rows: string[][] = [];
let last = performance.now();
/** Runs `f`, and records how long it took and the memory after it. */
function step<T>(name: string, f: () => T): T {
  const value = f();
  const now = performance.now();
  const m = process.memoryUsage();
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  rows.push([name, (now - last).toFixed(0), mb(m.heapUsed), mb(m.external + m.arrayBuffers), mb(m.rss)]);
  last = performance.now();
  return value;
}

step(`modules (process up ${(process.uptime() * 1000).toFixed(0)} ms)`, () => undefined);
step('jieba and the analyzer', () => loadAnalyzer());
const corpus = step('corpus fingerprint', () => corpusFingerprint(corpusDir));
const data = step('open the index (what a first search needs read and verified)', () =>
  openIndexFile(indexPath, { analyzer: analyzerFingerprint(), corpus }),
);
const lexicon = step('lexicon', () => readLexicon(lexiconPath, lexiconIdentity(data.analyzer, data.corpus)));
const store = step('IndexStore (lookups built at load)', () => new IndexStore(data, lexicon));
const search = (q: string) =>
  searchClauses(store, parseQuery(q, { context: store.queryContext() }), {
    province: [],
    doc: [],
    limit: 10,
    offset: 0,
  });
step('first search', () => search('一致性评价'));
step('second search', () => search('药品 上市许可'));
await new Promise((r) => setTimeout(r, 3000));
step('3 s later (suggestion index loaded in the background)', () => undefined);
const damage = await store.verifyRest();
step(`the rest of the file verified (${damage ? damage.message : 'sound'})`, () => undefined);
step('every fact read', () => store.facts.length);
step('every clause read', () => [...store.clauses].length);

console.log('| step | ms | heap MB | external+buffers MB | RSS MB |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
