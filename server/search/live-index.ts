// The index in service, swapped atomically for a rebuilt one while requests keep being answered.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { Logger } from 'pino';
import { indexerProgram } from '../../indexer/paths.ts';
import { corpusFingerprint, type IndexerReport } from '../../indexer/pipeline.ts';
import { IndexLoadError } from '../../indexer/store/index.ts';
import type { IndexStore } from './index-store.ts';
import { openIndex, type OpenIndexOptions } from './open-index.ts';

/** How long an index swapped out stays open for the requests still answering from it. */
const CLOSE_AFTER_MS = 60_000;
/** Longest a rebuild may take before its child is stopped. */
const REBUILD_TIMEOUT_MS = 900_000;

/**
 * Holds the IndexStore that requests use. `reload()` rebuilds the index in a child process (the
 * indexer writes it atomically, and writes nothing when the corpus is bad), then loads the new file
 * and swaps it in one assignment: a request sees the old index or the new one, never a mix, and the
 * last good index stays in service when anything fails. The file is loaded only if it is the one the
 * child built from this server's corpus (another server writing the same INDEX_PATH is refused).
 * {@link problems} says why the index in service is not the corpus as it is now.
 */
export class LiveIndex {
  private running: Promise<boolean> | undefined;
  /** A reload asked for while a rebuild runs: it runs once more afterwards, reading the corpus anew. */
  private queued: Promise<boolean> | undefined;
  private child: ChildProcess | undefined;
  private stopped = false;
  /** Why the last reload left the index as it was. */
  private reloadProblem: string | undefined;
  /** Set when the parts of the index file read after start-up fail their checksums. */
  private damage: string | undefined;

  /** @param startProblems what opening the index at start had to settle for (see OpenedIndex.problems) */
  constructor(
    private store: IndexStore,
    private readonly options: OpenIndexOptions,
    private readonly logger: Logger,
    private startProblems: readonly string[] = [],
  ) {
    this.verify(store);
  }

  /** The index to answer the current request with. */
  current(): IndexStore {
    return this.store;
  }

  /** What an operator should know of the index in service (for /api/health); empty when all is well. */
  problems(): string[] {
    return [
      ...this.startProblems,
      ...(this.damage ? [this.damage] : []),
      ...(this.reloadProblem ? [`last reload: ${this.reloadProblem}`] : []),
    ];
  }

  // The parts of the file not read at open are checked in the background: damage there is said in
  // /api/health and the log, and the file rebuilt when the server may rebuild (as a damaged part
  // read at open is, before the start); the index in service answers meanwhile.
  private verify(store: IndexStore): void {
    void store.verifyRest().then(
      (err) => {
        if (!err || this.store !== store) return;
        this.damage = `the index file is damaged (${err.message})`;
        this.logger.error({ detail: err.message }, 'the index file is damaged');
        if (this.options.rebuild === 'auto') void this.reload();
      },
      () => undefined,
    );
  }

  /**
   * Rebuilds and swaps; resolves true when a new index is in service. A call during a rebuild is
   * not lost: one more rebuild follows the current one (calls meanwhile share it), since the
   * running one may have read the corpus before the change that prompted the call.
   */
  reload(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    if (!this.running) {
      this.running = this.rebuild().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reload();
    });
    return this.queued;
  }

  /** Stops a running rebuild (its child is ended and awaited) and refuses further reloads. */
  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private async rebuild(): Promise<boolean> {
    const started = performance.now();
    try {
      const report = await this.runIndexer();
      if (this.stopped) return false;
      const corpus = report?.corpus ?? corpusFingerprint(this.options.corpusDir);
      const opened = await openIndex({ ...this.options, rebuild: 'never', corpus }).catch((err: unknown) => {
        if (err instanceof IndexLoadError && err.code === 'STALE')
          throw new Error(
            `${this.options.indexPath} is not the index just built from ${this.options.corpusDir} ` +
              '(another process writes the same INDEX_PATH?)',
          );
        throw err;
      });
      const old = this.store;
      this.store = opened.store;
      this.startProblems = [];
      this.reloadProblem = undefined;
      this.damage = undefined;
      this.verify(opened.store);
      // Its file is released once the requests that hold it are surely done.
      setTimeout(() => old.close(), CLOSE_AFTER_MS).unref();
      const ms = Math.round(performance.now() - started);
      this.logger.info({ clauses: opened.store.clauses.length, ms }, 'index reloaded');
      return true;
    } catch (err) {
      this.reloadProblem = (err as Error).message;
      this.logger.error({ detail: this.reloadProblem }, 'reload failed; the previous index stays in service');
      return false;
    }
  }

  // What the rebuild skipped and derived, one line each, so an operator sees why a file is missing.
  private logReport(report: IndexerReport | undefined): void {
    if (!report) return;
    for (const { path, reason } of report.skipped) this.logger.warn({ file: path, reason }, 'file skipped on reload');
    for (const { path, reason } of report.warnings) this.logger.warn({ file: path, reason }, 'corpus warning');
    if (report.lexicon) this.logger.info(report.lexicon, 'lexicon derived again for the rebuilt index');
  }

  // Runs the indexer program; resolves with its report (logged, whether the build went through or
  // not), rejects with the reason the indexer gave when it fails.
  private async runIndexer(): Promise<IndexerReport | undefined> {
    const o = this.options;
    const reportPath = `${o.indexPath}.report.json`;
    const args = [...indexerProgram('cli'), '--corpus', o.corpusDir, '--out', o.indexPath, '--lexicon', o.lexiconPath];
    if (o.allowShrink) args.push('--allow-shrink');
    const readReport = () => {
      try {
        return JSON.parse(readFileSync(reportPath, 'utf8')) as IndexerReport;
      } catch {
        return undefined;
      } finally {
        rmSync(reportPath, { force: true });
      }
    };
    try {
      await this.runChild([...args, '--report', reportPath]);
    } catch (err) {
      this.logReport(readReport());
      throw err;
    }
    const report = readReport();
    if (!report) this.logger.warn('the indexer wrote no readable report');
    this.logReport(report);
    return report;
  }

  // The IPC channel ties the child to this process: the indexer exits when it closes, so even a
  // server killed outright (SIGKILL, no shutdown path) leaves no indexer writing data/.
  private runChild(args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        env: { ...process.env, ZHENGCE_SUPERVISOR_PID: String(process.pid) },
        timeout: REBUILD_TIMEOUT_MS,
      });
      this.child = child;
      let stderr = '';
      child.stdout?.resume();
      child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        this.child = undefined;
        if (code === 0) resolve();
        else
          reject(
            new Error(
              `the indexer ${signal ? `was stopped (${signal})` : `exited with ${code}`}: ${lastLines(stderr)}`,
            ),
          );
      });
    });
  }
}

// The reason the indexer gave (its last `error:` line), else the last lines it wrote.
function lastLines(text: string): string {
  const lines = text.trim().split('\n');
  const reason = lines.filter((l) => l.startsWith('error: ')).pop();
  return reason ? reason.slice('error: '.length) : lines.slice(-3).join(' ');
}
