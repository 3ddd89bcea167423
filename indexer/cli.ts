// `npm run index [-- --corpus DIR --out FILE]`: builds and persists the index, with a summary.
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { buildIndex } from './pipeline.ts';
import { cedictSenses } from './cedict-senses.ts';
import { buildLexicon, lexiconIdentity, writeLexicon } from './store/lexicon.ts';
import { writeIndex } from './store/persist.ts';
import { CorpusError } from './read-corpus.ts';
import { formatSummary } from './summary.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    out: { type: 'string', default: 'data/index.zci' },
    lexicon: { type: 'string', default: 'data/lexicon.json' },
  },
});
const corpusDir = values.corpus as string;
const out = values.out as string;

const bar = new cliProgress.SingleBar(
  { format: ' {stage} [{bar}] {value}/{total}', stream: process.stderr, noTTYOutput: false, hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let current = '';
try {
  const { data, report } = await buildIndex(corpusDir, (stage, done, total) => {
    if (stage !== current) {
      if (current) bar.stop();
      current = stage;
      bar.start(total, 0, { stage: stage.padEnd(5) });
    }
    bar.update(done);
  });
  bar.stop();
  writeIndex(out, data);
  console.log(`\n${formatSummary(report).join('\n')}`);
  const size = statSync(out).size;
  const lexiconStarted = performance.now();
  writeLexicon(
    values.lexicon as string,
    buildLexicon(lexiconIdentity(data.analyzer, data.corpus), Object.entries(data.vocabulary), cedictSenses),
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nlexicon (CC-CEDICT senses of the corpus' words) derived in ${seconds(performance.now() - lexiconStarted)}` +
      ` -> ${values.lexicon}`,
  );
  console.log(
    `${report.documents.length} documents, ${report.clauses} clauses, ${report.skipped.length} files skipped, ` +
      `${report.warnings.length} warnings; built in ${seconds(report.ms)}; ${out} ${(size / 1024).toFixed(0)} KiB`,
  );
} catch (err) {
  bar.stop();
  if (err instanceof CorpusError) {
    console.error(`error: ${err.message}; the previous index at ${out} is kept`);
    process.exit(1);
  }
  throw err;
}
