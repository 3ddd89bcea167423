// CPU-heavy requests one at a time, in turn, with a bounded queue: health and search stay answered.
import type { RequestHandler, Response } from 'express';
import { HttpError } from './http-error.ts';

/** How many CPU-heavy requests may wait, and for how long. */
export interface HeavyGateOptions {
  /** Requests that may wait their turn; one more is answered 503 SERVER_BUSY at once. */
  readonly queue: number;
  /** Longest wait for a turn, in ms; a request still waiting then is answered 503 SERVER_BUSY. */
  readonly waitMs: number;
}

/**
 * The longest pause between two heavy requests when others wait, in ms. Hand-set: long enough for
 * the loop to accept and read the connections that arrived (tens of turns), short against a question
 * of 100 ms (the pause costs a tenth of the throughput of questions, and only while they queue).
 */
export const MAX_PAUSE_MS = 10;

interface Waiting {
  readonly res: Response;
  readonly next: (err?: unknown) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * A middleware that lets one request through at a time and queues the others (first come, first
 * served). Questions, the facts table and related clauses are synchronous work of 100 ms or more on a
 * large corpus: two at once take as long as one after the other, so one at a time loses nothing.
 * After each one the event loop is left to itself for as long as it took (at most
 * {@link MAX_PAUSE_MS}) before the next turn: Node accepts a new connection and reads its request in
 * turns of the loop, and a client that opens a connection per request would otherwise find its
 * health check behind the connections of every question sent before it, one question a turn.
 * A health check or a search therefore waits for about one heavy request, not for all that are
 * queued. A full queue, or a wait over `waitMs`, is answered 503 SERVER_BUSY with Retry-After (the
 * seconds the queue ahead is expected to take).
 */
export function heavyGate(options: HeavyGateOptions): RequestHandler {
  const waiting: Waiting[] = [];
  let busy = false;
  // Average time a heavy request holds its turn, for Retry-After.
  let averageMs = 100;

  const retryAfter = () => String(Math.max(1, Math.ceil(((waiting.length + 1) * averageMs) / 1000)));
  const busyError = (res: Response, why: string) => {
    res.setHeader('Retry-After', retryAfter());
    return new HttpError('SERVER_BUSY', `the server is busy answering other questions (${why}); try again shortly`);
  };

  const run = (res: Response, next: (err?: unknown) => void) => {
    busy = true;
    const started = performance.now();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const took = performance.now() - started;
      averageMs = 0.8 * averageMs + 0.2 * took;
      setTimeout(nextTurn, Math.min(MAX_PAUSE_MS, Math.max(1, took)));
    };
    res.once('finish', release).once('close', release);
    next();
  };

  const nextTurn = () => {
    for (let w = waiting.shift(); w; w = waiting.shift()) {
      clearTimeout(w.timer);
      // A client that went away while waiting gets no turn.
      if (w.res.destroyed || w.res.writableEnded) continue;
      run(w.res, w.next);
      return;
    }
    busy = false;
  };

  return (req, res, next) => {
    if (!busy) {
      run(res, next);
      return;
    }
    if (waiting.length >= options.queue) {
      next(busyError(res, `${waiting.length} requests waiting`));
      return;
    }
    const entry: Waiting = {
      res,
      next,
      timer: setTimeout(() => {
        const at = waiting.indexOf(entry);
        if (at < 0) return;
        waiting.splice(at, 1);
        next(busyError(res, `no turn within ${options.waitMs} ms`));
      }, options.waitMs),
    };
    waiting.push(entry);
    req.once('close', () => {
      const at = waiting.indexOf(entry);
      if (at >= 0 && res.destroyed) {
        waiting.splice(at, 1);
        clearTimeout(entry.timer);
      }
    });
  };
}
