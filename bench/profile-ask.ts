// Where a question's CPU goes at scale: the benchmark's two questions and those of a gold file (the
// development set's, say), asked in process on an index built beforehand (`npm run index -- --corpus
// DIR --out FILE --lexicon FILE`). Prints each question's CPU time (median over the rounds, after
// warm-up, caches kept as in a server), then, for the slowest, V8's samples by stage of the pipeline.
// PROFILE_SLOWEST=N profiles the N slowest (default 5); PROFILE_ONLY=TEXT asks only the questions holding TEXT.
// `npx tsx bench/profile-ask.ts CORPUS_DIR INDEX_FILE LEXICON_FILE [QUESTIONS.jsonl] [ROUNDS]`
import { readFileSync } from 'node:fs';
import type { Profiler } from 'node:inspector';
import { ask } from '../server/qa/answer.ts';
import { openIndex } from '../server/search/open-index.ts';
import { QUERY_MIX } from './latency.ts';
import { cpuProfiler } from './cpu-profiler.ts';
import { summariseProfile } from './profile-summary.ts';

const [corpusDir, indexPath, lexiconPath, goldPath, roundsArg = '5'] = process.argv.slice(2);
if (!corpusDir || !indexPath || !lexiconPath) {
  console.error('usage: profile-ask.ts CORPUS_DIR INDEX_FILE LEXICON_FILE [QUESTIONS.jsonl] [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const { store } = await openIndex({ corpusDir, indexPath, lexiconPath, rebuild: 'never' });
const fromGold = goldPath
  ? readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q)
  : [];
const only = process.env.PROFILE_ONLY;
const questions = [...new Set([...QUERY_MIX.filter((m) => m.ask).map((m) => m.q), ...fromGold])].filter(
  (q) => !only || q.includes(only),
);

/** CPU ms of one call. */
function cpuOf(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
// The first asking reads the regions' facts and clauses from the file; the rounds after are a server's.
const first = questions.map((q) => cpuOf(() => ask(store, q)));
const times = questions.map((q) => {
  const own: number[] = [];
  for (let r = 0; r < rounds; r++) own.push(cpuOf(() => ask(store, q)));
  return median(own);
});
const all = [...times].sort((a, b) => a - b);
const at = (p: number) => (all[Math.min(all.length - 1, Math.floor(p * all.length))] as number).toFixed(1);
console.log(
  `${questions.length} questions, CPU ms (median of ${rounds} rounds each): p50 ${at(0.5)} p90 ${at(0.9)} max ${at(1)}`,
);
const order = questions.map((_, k) => k).sort((a, b) => (times[b] as number) - (times[a] as number));
console.log('slowest (ms warm, ms first asking):');
for (const k of order.slice(0, 15))
  console.log(`${(times[k] as number).toFixed(1)}  ${(first[k] as number).toFixed(1)}  ${questions[k]}`);

/** The pipeline's stages, by the function that runs each (inclusive samples). */
const STAGES = [
  'analyzeQuestion',
  'retrieve',
  'writtenFocus',
  'rankFacts',
  'factsIn',
  'factContext',
  'coverage',
  'occurrences',
  'rankSpans',
  'itemsCandidate',
  'regionList',
  'compare',
  'clauseHit',
  'factConfidence',
  'spanConfidence',
];

function stageShares(profile: Profiler.Profile): string {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const counts = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) seen.add(name.get(x) ?? '');
    for (const s of STAGES) if (seen.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return STAGES.filter((s) => counts.has(s))
    .map((s) => `${s} ${((100 * (counts.get(s) as number)) / samples.length).toFixed(0)}%`)
    .join(', ');
}

const profiler = await cpuProfiler();
const slowest = order.slice(0, Number(process.env.PROFILE_SLOWEST ?? 5));
let last: Profiler.Profile | undefined;
for (const k of slowest) {
  const profile = await profiler.profile(() => {
    for (let r = 0; r < rounds; r++) ask(store, questions[k] as string);
  });
  console.log(`\n${questions[k]}\n  ${stageShares(profile)}`);
  last = profile;
}
profiler.close();
if (last) console.log(`\nthe slowest, by function:\n${summariseProfile(last, 25)}`);
