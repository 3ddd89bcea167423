// The server's logger: JSON lines on stdout, written without ever blocking into a bounded buffer,
// so a stalled log consumer can neither hold a request nor keep the process from stopping;
// secrets are redacted wherever they appear.
import { fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import pino, { type Logger } from 'pino';
import sonicBoom from 'sonic-boom';

// The package's module.exports is the class itself, which its type declarations call `SonicBoom`.
const SonicBoom = sonicBoom as unknown as typeof sonicBoom.SonicBoom;

/** Header and field names whose values never reach a log. */
const REDACTED = ['authorization', 'cookie', 'set-cookie', 'proxy-authorization', 'x-api-key'];

/** Redaction paths for {@link REDACTED} at the places a header can appear in a log line. */
export const REDACT_PATHS = REDACTED.flatMap((h) => [
  `headers["${h}"]`,
  `*.headers["${h}"]`,
  `req.headers["${h}"]`,
  `res.headers["${h}"]`,
]);

/** Most bytes of log lines held while the consumer does not read; past this, lines are dropped. */
export const LOG_BUFFER_BYTES = 4 * 2 ** 20;

/** The server's log: the logger, and what the exit path needs of it. */
export interface ServerLog {
  readonly logger: Logger;
  /**
   * Waits until every line written so far has reached the consumer, or `timeoutMs` has passed:
   * it never blocks, so the caller can always go on to exit.
   * @returns true when everything was written.
   */
  readonly flush: (timeoutMs: number) => Promise<boolean>;
  /** Lines dropped since start because the consumer was not reading. */
  readonly dropped: () => number;
}

/** Options of {@link createServerLog}; `fd` is for tests. */
export interface ServerLogOptions {
  readonly level: string;
  readonly fd?: number;
  readonly bufferBytes?: number;
}

/** Where lines go: bytes still waiting for the consumer, and an event when none are left. */
interface Sink {
  write(line: string): void;
  pending(): number;
  onDrain(listener: () => void): void;
}

// A pipe or socket is written through a libuv stream in non-blocking mode: a full pipe
// queues writes in memory (bounded by the caller) and nothing waits on it, not even process.exit.
// (Node's own process.stdout makes pipes blocking on Linux; sonic-boom's asynchronous writes park a
// threadpool thread in write(), which process.exit then waits for.)
function streamSink(fd: number): Sink {
  const socket = new Socket({ fd, readable: false, writable: true });
  socket.on('error', () => undefined); // a consumer gone (EPIPE) ends logging, never the server
  return {
    write: (line) => void socket.write(line),
    pending: () => socket.writableLength,
    onDrain: (listener) => void socket.on('drain', listener),
  };
}

// A file, /dev/null or a terminal does not stall for long: sonic-boom's asynchronous writes.
function fileSink(fd: number): Sink {
  const destination = new SonicBoom({ fd, sync: false });
  let queued = 0;
  let written = 0;
  const listeners: Array<() => void> = [];
  destination.on('write', (n: number) => {
    written += n;
    if (written >= queued) for (const l of listeners) l();
  });
  destination.on('error', () => undefined);
  return {
    write: (line) => {
      queued += Buffer.byteLength(line);
      destination.write(line);
    },
    pending: () => queued - written,
    onDrain: (listener) => void listeners.push(listener),
  };
}

/**
 * A logger writing to stdout without blocking. While the consumer stalls, lines are held up to
 * `bufferBytes` and the rest dropped and counted; when it reads again, the number of lines dropped
 * is logged once. No synchronous flush is registered at exit (pino's own asynchronous destination
 * registers one, which spins forever on a full pipe).
 */
export function createServerLog(options: ServerLogOptions): ServerLog {
  const fd = options.fd ?? 1;
  const limit = options.bufferBytes ?? LOG_BUFFER_BYTES;
  const stat = fstatSync(fd);
  const sink = stat.isFIFO() || stat.isSocket() ? streamSink(fd) : fileSink(fd);
  let dropped = 0;
  let reported = 0;
  const stream = {
    write(line: string): void {
      if (sink.pending() + Buffer.byteLength(line) > limit) dropped++;
      else sink.write(line);
    },
  };
  const logger = pino({ level: options.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream);
  const waiting = new Set<() => void>();
  sink.onDrain(() => {
    for (const resolve of waiting) resolve();
    if (dropped === reported) return;
    const lines = dropped - reported;
    reported = dropped;
    logger.warn({ dropped: lines }, `${lines} log lines were dropped while the log consumer was not reading`);
  });
  const flush = (timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      if (sink.pending() === 0) {
        resolve(true);
        return;
      }
      const done = (ok: boolean) => {
        waiting.delete(onDrained);
        clearTimeout(timer);
        resolve(ok);
      };
      const onDrained = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      waiting.add(onDrained);
    });
  return { logger, flush, dropped: () => dropped };
}
