// `npm run index [-- --corpus DIR --out FILE]`: builds and persists the index, with a summary.
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { buildIndex } from './pipeline.ts';
import { progressBar } from './progress-bar.ts';
import { cedictSenses } from './cedict-senses.ts';
import { buildLexicon, lexiconIdentity, writeLexicon } from './store/lexicon.ts';
import { writeIndex } from './store/persist.ts';
import { CorpusError } from './read-corpus.ts';
import { formatSummary, formatTotals } from './summary.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    out: { type: 'string', default: 'data/index.zci' },
    lexicon: { type: 'string', default: 'data/lexicon.json' },
  },
});
const corpusDir = values.corpus as string;
const out = values.out as string;

const bar = progressBar();
try {
  const { data, report } = await buildIndex(corpusDir, bar.listener);
  bar.stop();
  writeIndex(out, data);
  console.log(`\n${formatSummary(report).join('\n')}`);
  const size = statSync(out).size;
  const lexiconStarted = performance.now();
  writeLexicon(
    values.lexicon as string,
    buildLexicon(lexiconIdentity(data.analyzer, data.corpus), data.vocabulary, cedictSenses),
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nlexicon (CC-CEDICT senses of the corpus' words) derived in ${seconds(performance.now() - lexiconStarted)}` +
      ` -> ${values.lexicon}`,
  );
  console.log(formatTotals(report, out, size));
} catch (err) {
  bar.stop();
  if (err instanceof CorpusError) {
    console.error(`error: ${err.message}; the previous index at ${out} is kept`);
    process.exit(1);
  }
  throw err;
}
