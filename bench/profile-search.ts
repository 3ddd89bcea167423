// Where a search's (or a question's) CPU goes at scale: the benchmark's query mix, run in process on
// an index built beforehand (`npm run index -- --corpus DIR --out FILE --lexicon FILE`), sampled by
// V8's profiler after warm-up. Prints the CPU time per query and the functions that take it. The
// phrase cache is emptied before each query, as the benchmark's in-process figures do, unless
// PROFILE_PHRASE_CACHE=keep (as a server answering the mix again and again keeps it);
// PROFILE_ONLY=TEXT runs only the queries holding TEXT.
// `npx tsx bench/profile-search.ts CORPUS_DIR INDEX_FILE LEXICON_FILE [search|ask] [ROUNDS] [OUT.cpuprofile]`
import { writeFileSync } from 'node:fs';
import { openIndex } from '../server/search/open-index.ts';
import { QUERY_MIX, runMixEntry } from './latency.ts';
import { cpuProfiler } from './cpu-profiler.ts';
import { summariseProfile } from './profile-summary.ts';

const [corpusDir, indexPath, lexiconPath, mode = 'search', roundsArg = '10', out] = process.argv.slice(2);
if (!corpusDir || !indexPath || !lexiconPath || (mode !== 'search' && mode !== 'ask')) {
  console.error('usage: profile-search.ts CORPUS_DIR INDEX_FILE LEXICON_FILE [search|ask] [ROUNDS] [OUT]');
  process.exit(2);
}
const { store } = await openIndex({ corpusDir, indexPath, lexiconPath, rebuild: 'never' });
const only = process.env.PROFILE_ONLY;
const mix = QUERY_MIX.filter((m) => (mode === 'ask') === (m.ask === true) && (!only || m.q.includes(only)));

/** One round of the mix; each query's CPU time in ms is pushed to `cpu`. */
function round(cpu: number[]): void {
  for (const { q, province } of mix) {
    if (process.env.PROFILE_PHRASE_CACHE !== 'keep') store.phraseCache.clear();
    const before = process.cpuUsage();
    runMixEntry(store, { q, province, ask: mode === 'ask' });
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
}

for (let r = 0; r < 3; r++) round([]);
const profiler = await cpuProfiler();
const cpu: number[] = [];
const profile = await profiler.profile(() => {
  for (let r = 0; r < Number(roundsArg); r++) round(cpu);
});
profiler.close();
if (out) writeFileSync(out, JSON.stringify(profile));

const sorted = [...cpu].sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(1);
console.log(`${mode}: ${cpu.length} queries, CPU ms p50 ${at(0.5)} p90 ${at(0.9)} p99 ${at(0.99)}`);
const perQuery = mix.map(({ q, province }, k) => {
  const own = cpu.filter((_, i) => i % mix.length === k).sort((a, b) => a - b);
  return `${(own[own.length >> 1] as number).toFixed(1)} ms  ${q}${province ? ` (${province})` : ''}`;
});
console.log(`median CPU per query:\n${perQuery.join('\n')}\n`);
console.log(summariseProfile(profile, 30));
