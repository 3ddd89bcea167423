// The server program: configuration, index, app, listening, reloads, graceful shutdown.
import { watch } from 'node:fs';
import pino from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { LiveIndex } from './search/live-index.ts';
import { openIndex, type OpenIndexOptions } from './search/open-index.ts';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const started = performance.now();
const options: OpenIndexOptions = {
  corpusDir: config.CORPUS_DIR,
  indexPath: config.INDEX_PATH,
  lexiconPath: config.LEXICON_PATH,
  rebuild: config.REBUILD,
};

let opened;
try {
  opened = await openIndex(options);
} catch (err) {
  logger.fatal({ err }, `cannot open the index: ${(err as Error).message}`);
  process.exit(1);
}
if (opened.source === 'built')
  logger.info(
    { reason: opened.reason, clauses: opened.report?.clauses, warnings: opened.report?.warnings },
    'index rebuilt',
  );
if (opened.lexiconProblem) logger.warn(opened.lexiconProblem);
const live = new LiveIndex(opened.store, options, logger);
const app = createApp({
  index: () => live.current(),
  logger,
  rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  trustProxy: config.TRUST_PROXY,
});
const server = app.listen(config.PORT, config.HOST, () => {
  const store = live.current();
  logger.info(
    {
      documents: store.documents.size,
      clauses: store.clauses.length,
      startMs: Math.round(performance.now() - started),
    },
    `zhengce listening on http://${config.HOST}:${config.PORT}`,
  );
});
// Slow or huge requests do not hold the server: headers within 10 s, a whole request within 30 s.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.on('error', (err) => {
  logger.fatal({ err }, `cannot listen on ${config.HOST}:${config.PORT}`);
  process.exit(1);
});

// A changed corpus is picked up without downtime: on SIGHUP, or (WATCH_CORPUS=true) when a file in
// corpus/ changes, the index is rebuilt aside and swapped in.
process.on('SIGHUP', () => {
  void live.reload();
});
if (config.WATCH_CORPUS) {
  let timer: NodeJS.Timeout | undefined;
  watch(config.CORPUS_DIR, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void live.reload();
    }, 1000);
  });
}

// Stop taking connections, let requests in flight finish, then exit.
function shutdown(signal: string): void {
  logger.info(`${signal}: shutting down`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
