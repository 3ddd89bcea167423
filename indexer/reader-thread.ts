// Corpus files read in a worker thread under a time and memory limit: a file that exceeds them is skipped.
import { Worker } from 'node:worker_threads';
import type { RepairedText } from './layout.ts';
import { RUNS_BUILT, projectPath } from './paths.ts';
import { fromSources } from './analysis-threads.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './readers/limits.ts';
import type { ReadText } from './readers/reader.ts';
import type { SourceFields } from './source-fields.ts';
import type { SourceFormat } from './store/schema.ts';

/** A file for the reader thread: its format and its bytes (transferred, not copied). */
export interface ReadRequest {
  readonly format: SourceFormat;
  readonly bytes: Uint8Array;
}

/**
 * What the reader thread makes of a file: the reader's text, the text with its metadata lines
 * dropped and its layout repaired, and what those lines said; or why not.
 */
export type ReadResponse =
  | { readonly raw: ReadText; readonly repaired: RepairedText; readonly fields: SourceFields }
  | { readonly reason: string };

/**
 * A worker thread that runs the format readers and layout repair, one file at a time, with
 * `limits.memoryMb` of heap and `limits.timeMs` per file. A file that takes longer is skipped and
 * the thread stopped; a thread that runs out of memory or dies is replaced for the next file. So a
 * zip bomb, a PDF of 50,000 pages or a page nested 100,000 deep costs at most the limits, and the
 * build goes on with the other files.
 */
export class ReaderThread {
  private worker: Worker | undefined;

  constructor(private readonly limits: ReaderLimits = DEFAULT_READER_LIMITS) {}

  /** Reads one file; never rejects for a bad file (the response has its reason). */
  read(format: SourceFormat, bytes: Uint8Array): Promise<ReadResponse> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve) => {
      const done = (response: ReadResponse, stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (stop) this.discard(worker);
        resolve(response);
      };
      const onMessage = (response: ReadResponse) => done(response, false);
      const onError = (err: Error & { code?: string }) =>
        done(
          {
            reason:
              err.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `needed more than the ${this.limits.memoryMb} MiB of memory a file may use`
                : `the reader failed: ${err.message}`,
          },
          true,
        );
      const onExit = (code: number) => done({ reason: `the reader stopped (exit code ${code})` }, true);
      const timer = setTimeout(
        () => done({ reason: `took longer than the ${this.limits.timeMs / 1000} s a file may take` }, true),
        this.limits.timeMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      const copy = bytes.slice();
      worker.postMessage({ format, bytes: copy } satisfies ReadRequest, [copy.buffer as ArrayBuffer]);
    });
  }

  /** Stops the thread (the build is done). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const options = {
      workerData: { limits: this.limits },
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    };
    const worker = RUNS_BUILT
      ? new Worker(projectPath('dist', 'indexer', 'reader-worker.js'), options)
      : new Worker(fromSources(projectPath('indexer', 'reader-worker.ts')), { ...options, eval: true });
    // An idle thread does not keep the process alive.
    worker.unref();
    return worker;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
