// The index in service, swapped atomically for a rebuilt one while requests keep being answered.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { openIndex, type OpenIndexOptions } from './open-index.ts';
import type { IndexStore } from './index-store.ts';

const run = promisify(execFile);
const INDEXER = fileURLToPath(new URL('../../indexer/cli.ts', import.meta.url));

/**
 * Holds the IndexStore that requests use. `reload()` rebuilds the index in a child process (the
 * indexer writes it atomically, and writes nothing when the corpus is bad), then loads the new file
 * and swaps it in one assignment: a request sees the old index or the new one, never a mix, and the
 * last good index stays in service when anything fails.
 */
export class LiveIndex {
  private reloading: Promise<boolean> | undefined;

  constructor(
    private store: IndexStore,
    private readonly options: OpenIndexOptions,
    private readonly logger: Logger,
  ) {}

  /** The index to answer the current request with. */
  current(): IndexStore {
    return this.store;
  }

  /** Rebuilds and swaps; resolves true when a new index is in service. Concurrent calls share one run. */
  reload(): Promise<boolean> {
    this.reloading ??= this.rebuild().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  private async rebuild(): Promise<boolean> {
    const started = performance.now();
    try {
      await run(
        process.execPath,
        [
          '--import',
          'tsx',
          INDEXER,
          '--corpus',
          this.options.corpusDir,
          '--out',
          this.options.indexPath,
          '--lexicon',
          this.options.lexiconPath,
        ],
        { timeout: 900_000, maxBuffer: 1 << 24 },
      );
      const opened = await openIndex({ ...this.options, rebuild: 'never' });
      this.store = opened.store;
      this.logger.info(
        { clauses: opened.store.clauses.length, ms: Math.round(performance.now() - started) },
        'index reloaded',
      );
      return true;
    } catch (err) {
      const detail = String((err as { stderr?: string }).stderr ?? (err as Error).message)
        .trim()
        .split('\n')
        .slice(-3)
        .join(' ');
      this.logger.error({ detail }, 'reload failed; the previous index stays in service');
      return false;
    }
  }
}
