// The server program: configuration, index, app, listening, graceful shutdown.
import pino from 'pino';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openIndex } from './search/open-index.ts';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const started = performance.now();

let opened;
try {
  opened = openIndex({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, lexiconPath: config.LEXICON_PATH, rebuild: config.REBUILD });
} catch (err) {
  logger.fatal({ err }, `cannot open the index: ${(err as Error).message}`);
  process.exit(1);
}
if (opened.source === 'built') {
  logger.info({ reason: opened.reason, clauses: opened.report?.clauses, warnings: opened.report?.warnings }, 'index rebuilt');
}
if (opened.lexiconProblem) logger.warn(opened.lexiconProblem);
const store = opened.store;
const app = createApp({ index: () => store, logger });
const server = app.listen(config.PORT, config.HOST, () => {
  logger.info({ documents: store.documents.size, clauses: store.clauses.length, startMs: Math.round(performance.now() - started) }, `zhengce listening on http://${config.HOST}:${config.PORT}`);
});
server.on('error', (err) => {
  logger.fatal({ err }, `cannot listen on ${config.HOST}:${config.PORT}`);
  process.exit(1);
});

// Stop taking connections, let requests in flight finish, then exit.
function shutdown(signal: string): void {
  logger.info(`${signal}: shutting down`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
