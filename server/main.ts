// The server program: configuration, index, app, listening, reloads, graceful shutdown.
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createHttpServer } from './http/http-server.ts';
import { createServerLog } from './logging.ts';
import { LiveIndex } from './search/live-index.ts';
import { openIndex, type OpenIndexOptions } from './search/open-index.ts';
import { watchCorpus } from './watch-corpus.ts';

/** How long requests in flight get to finish after SIGTERM before the process exits anyway. */
const GRACE_MS = 10_000;
/** How long the exit path waits for the log consumer to take the last lines. */
const LOG_FLUSH_MS = 1_000;

const config = loadConfig();
const log = createServerLog({ level: config.LOG_LEVEL, bufferBytes: config.LOG_BUFFER_KIB * 1024 });
const { logger } = log;
const started = performance.now();
const options: OpenIndexOptions = {
  corpusDir: config.CORPUS_DIR,
  indexPath: config.INDEX_PATH,
  lexiconPath: config.LEXICON_PATH,
  rebuild: config.REBUILD,
  allowShrink: config.ALLOW_SHRINK,
};

/** Ends the process once the last log lines are written, or after LOG_FLUSH_MS if nobody reads them. */
async function exit(code: number): Promise<never> {
  await log.flush(LOG_FLUSH_MS);
  process.exit(code);
}

async function open(): Promise<Awaited<ReturnType<typeof openIndex>> | undefined> {
  try {
    return await openIndex(options);
  } catch (err) {
    logger.fatal({ err }, `cannot open the index: ${(err as Error).message}`);
    return undefined;
  }
}
const opened = (await open()) ?? (await exit(1));
if (opened.report) {
  const skipped = new Set(opened.report.skipped);
  for (const { path, reason } of opened.report.warnings)
    logger.warn({ file: path, reason }, skipped.has(path) ? 'file skipped' : 'corpus warning');
  if (opened.source === 'built')
    logger.info({ reason: opened.reason, clauses: opened.report.clauses }, 'index rebuilt');
}
// A rebuild refused or failed, an index not written: said at start, and in /api/health until a reload succeeds.
for (const problem of opened.problems) logger.warn(problem);
if (opened.lexiconMs !== undefined) logger.info({ ms: opened.lexiconMs }, 'lexicon derived for the index');
if (opened.lexiconProblem) logger.warn(opened.lexiconProblem);
const live = new LiveIndex(opened.store, options, logger, opened.problems);
const app = createApp({
  index: () => live.current(),
  logger,
  rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  trustProxy: config.TRUST_PROXY,
  heavy: { queue: config.HEAVY_QUEUE, waitMs: config.HEAVY_WAIT_MS },
  problems: () => live.problems(),
  sourceMaps: config.SOURCE_MAPS,
});
const server = createHttpServer(app).listen(config.PORT, config.HOST, () => {
  const store = live.current();
  const startMs = Math.round(performance.now() - started);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info(
    { documents: store.documents.size, clauses: store.clauses.length, startMs, port },
    `zhengce listening on http://${config.HOST}:${port}`,
  );
});
server.on('error', (err) => {
  logger.fatal({ err }, `cannot listen on ${config.HOST}:${config.PORT}`);
  void exit(1);
});

// A changed corpus is picked up without downtime: on SIGHUP, or (WATCH_CORPUS=true) when a file in
// corpus/ changes, the index is rebuilt aside and swapped in.
process.on('SIGHUP', () => void live.reload());
const watching = config.WATCH_CORPUS ? watchCorpus(config.CORPUS_DIR, () => void live.reload()) : undefined;

// Stop taking connections, let requests in flight finish, then exit; after GRACE_MS, exit anyway.
// Nothing on this path blocks the event loop, so the forced exit always fires.
let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: shutting down`);
  // A rebuild in progress is of no use now: its indexer child is stopped at once, not left writing.
  watching?.close();
  const rebuildStopped = live.stop();
  setTimeout(() => void exit(0), GRACE_MS).unref();
  server.close(() => void rebuildStopped.then(() => exit(0)));
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
