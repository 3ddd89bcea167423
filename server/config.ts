// Runtime settings: read from the environment and validated once, at start-up.
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  CORPUS_DIR: z.string().min(1).default('corpus'),
  INDEX_PATH: z.string().min(1).default('data/index.zci'),
  LEXICON_PATH: z.string().min(1).default('data/lexicon.json'),
  /** `auto` rebuilds a missing, stale or damaged index at start; `never` refuses to start instead. */
  REBUILD: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Log text held while the consumer of stdout does not read, in KiB; past it lines are dropped and counted. */
  LOG_BUFFER_KIB: z.coerce.number().int().min(16).max(1_048_576).default(4096),
  /**
   * Requests per minute per client address to /api (health aside); 0 turns rate limiting off. The
   * default, ten a second for a minute, is more than a person reading and searching sends.
   */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** CPU-heavy requests (ask, targets, related) that may wait their turn; more are answered 503 SERVER_BUSY. */
  HEAVY_QUEUE: z.coerce.number().int().min(0).max(10_000).default(16),
  /** Longest a CPU-heavy request waits for its turn, in ms, before it is answered 503 SERVER_BUSY. */
  HEAVY_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /** Replace the index with a rebuilt one even when it loses most of its documents (see README, Reliability). */
  ALLOW_SHRINK: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Serve the page's source maps (`*.map`), for debugging; off in production. */
  SOURCE_MAPS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Trust X-Forwarded-For from this many proxies in front (for rate limiting by client address). */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** Rebuild and swap the index when a file in the corpus folder changes (besides SIGHUP). */
  WATCH_CORPUS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** The validated settings. */
export type Config = z.infer<typeof ConfigSchema>;

/**
 * Reads the settings from `env`. Throws with every invalid variable named, so a bad deployment
 * fails at start, not on the first request.
 * @example loadConfig({ PORT: '8080' }).PORT === 8080
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}
