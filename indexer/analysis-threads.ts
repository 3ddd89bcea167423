// A build's second core: a worker thread analysing part of the clauses while this thread does the rest.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { AnalysedClauses, ClauseText } from './analyse-clauses.ts';
import { RUNS_BUILT, projectPath } from './paths.ts';

/**
 * A worker thread started ahead of its work (loading the analyzer's dictionaries takes it about a
 * second, spent while this thread reads and parses the corpus), given one run of clauses. It loads
 * its own copy of jieba (about 250 MB), so a build uses it only for a corpus worth it; and since
 * nodejieba never frees it, even when the thread ends, only in a process that ends after the build.
 */
export class AnalysisThread {
  private readonly worker: Worker;
  private readonly progress = new Int32Array(new SharedArrayBuffer(8));
  private readonly result: Promise<AnalysedClauses>;

  constructor() {
    const workerData = { progress: this.progress.buffer };
    this.worker = RUNS_BUILT
      ? new Worker(projectPath('dist', 'indexer', 'analysis-worker.js'), { workerData })
      : new Worker(fromSources(projectPath('indexer', 'analysis-worker.ts')), { eval: true, workerData });
    this.result = new Promise((resolve, reject) => {
      this.worker.on('message', (m: { analysed?: AnalysedClauses }) => {
        if (m.analysed) resolve(m.analysed);
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`the analysis thread stopped (exit code ${code})`)));
    });
    // Until the work is asked for, a failure is the build's to report, not an unhandled rejection.
    this.result.catch(() => undefined);
  }

  /** Clauses and UTF-8 bytes of text the thread has analysed so far. */
  done(): { clauses: number; bytes: number } {
    return { clauses: Atomics.load(this.progress, 0), bytes: Atomics.load(this.progress, 1) };
  }

  /**
   * Sends `clauses` to the thread at once (it takes them when its analyzer is loaded) and resolves
   * with their analysis (see analyseClauses). Call once.
   * @throws the thread's error (the analyzer could not load, the thread died).
   */
  analyse(clauses: readonly ClauseText[]): Promise<AnalysedClauses> {
    this.worker.postMessage(clauses);
    return this.result;
  }

  /** Stops the thread (when the build is done, or failed). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * The code of a worker thread (run with `eval: true`) that runs the TypeScript module at `path`. A
 * thread running a TypeScript module needs tsx, as the program that started it did; on Node 20 a
 * worker's `--import tsx` comes too late for its own entry module, so the thread registers tsx first.
 */
export function fromSources(path: string): string {
  const api = new URL(
    'dist/esm/api/index.mjs',
    pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
  );
  const entry = pathToFileURL(path).href;
  return `import(${JSON.stringify(api.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
