// `npm run index [-- --corpus DIR --out FILE --allow-shrink]`: builds and persists the index, with a summary.
// `--report FILE` also writes the summary as JSON for the server that runs a reload. The last line
// written to stderr on failure starts with `error:` and says why (the server shows it).
import { parseArgs } from 'node:util';
import { statSync, writeFileSync } from 'node:fs';
import { buildIndex, indexerReport, type ProgressListener } from './pipeline.ts';
import { progressBar } from './progress-bar.ts';
import { deriveLexicon } from './derive-lexicon.ts';
import { writeLexicon } from './store/lexicon.ts';
import { removeStaleTemporaries } from './store/index-file.ts';
import { shrinkRefusal } from './store/keep-last-good.ts';
import { readIndexSummary, writeIndex } from './store/persist.ts';
import { formatSummary, formatTotals } from './summary.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    out: { type: 'string', default: 'data/index.zci' },
    lexicon: { type: 'string', default: 'data/lexicon.json' },
    report: { type: 'string' },
    // Accept an index that loses most of the documents of the one in place.
    'allow-shrink': { type: 'boolean', default: false },
  },
});
/** Exit code of a build refused because it would replace the index in place with a much smaller one. */
const EXIT_REFUSED = 3;
// Run by the server for a reload, over an IPC channel: when that closes (the server is gone,
// however it ended), stop rather than write an index nobody asked for any more.
// The server passes its pid: by the time this runs (after seconds of imports) it may already be gone.
const supervisor = process.env.ZHENGCE_SUPERVISOR_PID ? Number(process.env.ZHENGCE_SUPERVISOR_PID) : undefined;
/**
 * Whether the server that ran this is gone. The event below waits for the event loop, which the
 * synchronous stages hold; `process.ppid` is read afresh from the system on each call.
 */
const orphaned = () => supervisor !== undefined && process.ppid !== supervisor;
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}
if (orphaned()) process.exit(1);
const corpusDir = values.corpus as string;
const out = values.out as string;

removeStaleTemporaries(out);
const bar = progressBar();
const listener: ProgressListener = (...progress) => {
  if (orphaned()) process.exit(1);
  bar.listener(...progress);
};
try {
  const { data, report } = await buildIndex(corpusDir, listener);
  bar.stop();
  if (orphaned()) process.exit(1);
  console.log(`\n${formatSummary(report).join('\n')}`);
  const refusal = values['allow-shrink']
    ? undefined
    : shrinkRefusal(readIndexSummary(out)?.documents, data.documents.length);
  if (refusal) {
    if (values.report)
      writeFileSync(values.report, JSON.stringify(indexerReport(report, { corpus: data.corpus, refused: refusal })));
    console.error(`error: ${refusal}`);
    process.exit(EXIT_REFUSED);
  }
  writeIndex(out, data);
  const size = statSync(out).size;
  const lexiconStarted = performance.now();
  const lexicon = await deriveLexicon(data.analyzer, data.corpus, data.vocabulary);
  if (orphaned()) process.exit(1);
  writeLexicon(values.lexicon as string, lexicon);
  const lexiconMs = performance.now() - lexiconStarted;
  if (values.report) {
    const summary = indexerReport(report, {
      corpus: data.corpus,
      lexicon: { words: lexicon.words.size, ms: Math.round(lexiconMs) },
    });
    writeFileSync(values.report, JSON.stringify(summary));
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nlexicon (CC-CEDICT senses of the corpus' words) derived in ${seconds(lexiconMs)} -> ${values.lexicon}`,
  );
  console.log(formatTotals(report, out, size));
} catch (err) {
  bar.stop();
  console.error(err);
  console.error(`error: ${(err as Error).message}; the previous index at ${out} is kept`);
  process.exit(1);
}
