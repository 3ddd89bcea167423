// `npm run learn -- FILE.jsonl… [--folds 5] [--corpus DIR] [--dry] [--verbose]`: learns the question-answering
// model from labelled questions, reports its k-fold cross-validated figures, and writes
// server/qa/data/weights.json (unless --dry).
import { readFileSync, writeFileSync } from 'node:fs';
import { SHIPPED_MODEL } from '../../server/qa/defaults.ts';
import { instancesOf, type Instance } from '../../server/qa/learn/candidates.ts';
import type { Model } from '../../server/qa/model.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { files, flag, openEvalIndex } from './eval-index.ts';
import { fitModel, type Labelled } from './fit-model.ts';
import { holds, type QaGold } from './gold.ts';
import { printQa, scoreQa, verboseLine, type Scored } from './score-qa.ts';

const OUT = 'server/qa/data/weights.json';
const argv = process.argv.slice(2);
const golds = files(argv).flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QaGold)
    .filter((g) => 'answer' in g),
);
if (golds.length === 0) {
  console.error('usage: npm run learn -- FILE.jsonl… [--folds 5] [--corpus DIR] [--dry]');
  process.exit(2);
}
const k = Number(flag(argv, 'folds') ?? 5);
const store = await openEvalIndex(flag(argv, 'corpus'));

// A fixed shuffle (a linear congruential sequence), so folds are the same from run to run.
function foldsOf(n: number): number[] {
  let seed = 20261206;
  const order = [...Array(n).keys()].map((i) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return { i, r: seed };
  });
  order.sort((a, b) => a.r - b.r);
  const fold = new Array<number>(n).fill(0);
  order.forEach((o, rank) => (fold[o.i] = rank % k));
  return fold;
}

function regionAnswers(gold: QaGold, inst: Instance): readonly string[] | undefined {
  const r = inst.region;
  if (!r) return undefined;
  const key = Object.keys(gold.rows ?? {}).find((x) => r.province === x || r.zh.startsWith(x));
  return key ? (gold.rows?.[key] ?? []) : [];
}

function label(store: IndexStore, gold: QaGold, fold: number): Labelled[] {
  return instancesOf(store, gold.q, SHIPPED_MODEL).map((inst) => {
    const rowAnswers = regionAnswers(gold, inst);
    const right = (text: string): boolean => {
      if (rowAnswers) return rowAnswers.some((a) => holds(text, a));
      if (gold.answers_all) return gold.answers_all.every((a) => holds(text, a));
      return gold.answer.some((a) => holds(text, a));
    };
    return {
      ...inst,
      qid: gold.id,
      fold,
      y: inst.candidates.map((c) => right(c.text)),
      answerable: rowAnswers ? rowAnswers.length > 0 : gold.type !== 'none',
      compare: inst.region !== undefined,
    };
  });
}

const folds = foldsOf(golds.length);
const started = Date.now();
const labelled = golds.flatMap((g, i) => label(store, g, folds[i] as number));
const reachable = labelled.filter((l) => l.y.some(Boolean)).length;
console.log(
  `${golds.length} questions, ${labelled.length} instances (${reachable} with a right candidate), features in ${Date.now() - started} ms`,
);

const scored: Scored[] = [];
const thresholds: number[] = [];
for (let f = 0; f < k; f++) {
  const model: Model = fitModel(
    labelled.filter((l) => l.fold !== f),
    SHIPPED_MODEL,
    k - 1,
  );
  thresholds.push(model.threshold);
  scored.push(
    ...scoreQa(
      store,
      golds.filter((_, i) => folds[i] === f),
      { model },
    ),
  );
}
if (argv.includes('--verbose')) for (const r of scored) console.log(verboseLine(r));
console.log(`\n${k}-fold cross-validation (each fold answered by a model fitted on the others):`);
printQa(scored, Math.round((thresholds.reduce((a, b) => a + b, 0) / k) * 100) / 100);

const final = fitModel(labelled, SHIPPED_MODEL, k);
console.log(`\nmodel fitted on all ${golds.length} questions:`);
for (const family of ['facts', 'spans'] as const) {
  const m = final[family];
  console.log(`${family}: ${m.features.map((n, j) => `${n} ${m.weights[j]}`).join(', ')}`);
  console.log(
    `${family} calibration [score, margin, coverage, contradictions, list, english, english × score, 1]: ${m.calibration.join(', ')}`,
  );
}
console.log(`threshold ${final.threshold}, row threshold ${final.rowThreshold}`);
if (!argv.includes('--dry')) {
  const about = JSON.parse(readFileSync(OUT, 'utf8')) as { about: string };
  const json = { about: about.about, learnedFrom: files(argv), questions: golds.length, ...final };
  writeFileSync(OUT, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}
