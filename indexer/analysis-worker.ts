// A worker thread of a build: loads the analyzer, analyses the run of clauses it is sent, hands the lists back.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseClauses, type ClauseText } from './analyse-clauses.ts';
import { loadAnalyzer } from './analysis/analyzer.ts';
import { transferables } from './postings-runs.ts';

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs as a worker thread of a build');
// [clauses done, UTF-8 bytes done], read by the build's progress bar while this thread works.
const progress = new Int32Array(workerData.progress as SharedArrayBuffer);
loadAnalyzer();
port.once('message', (clauses: ClauseText[]) => {
  const analysed = analyseClauses(clauses, (k, bytes) => {
    Atomics.store(progress, 0, k + 1);
    Atomics.add(progress, 1, bytes);
  });
  port.postMessage({ analysed }, [analysed.text, analysed.heading, analysed.grams].flatMap(transferables));
});
