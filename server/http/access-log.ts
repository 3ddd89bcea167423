// The access log: one short line per request (method, path, status, ms, id); never headers.
// Hand-written rather than pino-http: that builds a child logger, a UUID and several listeners for
// every request, even at a level that writes no line (about a seventh of the CPU under load).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id, as sent back in `X-Request-Id`. */
    id?: string;
    /** The server's logger, for the error middleware (it logs with {@link IncomingMessage.id}). */
    log?: Logger;
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** When a request arrived (performance.now()), kept on its response for the `finish` listener. */
const STARTED = Symbol('started');
type Timed = ServerResponse & { [STARTED]?: number };

function pathOf(url: string | undefined): string {
  const path = url ?? '';
  const end = path.indexOf('?');
  const bare = end < 0 ? path : path.slice(0, end);
  return bare.length > 200 ? `${bare.slice(0, 200)}…` : bare;
}

/**
 * Ids unique within this process and, by a random prefix, across restarts: a counter, which costs
 * nothing, where a UUID per request costs a random draw and a string of 36 characters.
 */
function idMaker(): () => string {
  const prefix = randomBytes(4).toString('hex');
  let next = 0;
  return () => `${prefix}-${(next++).toString(36)}`;
}

/**
 * Logs each request once it is answered, at info (error for a 5xx): method, path (without the
 * query string), status, milliseconds and the request id, which is also sent back as
 * `X-Request-Id` (the client's own id is kept when it is a plain token). `req.log` and `req.id`
 * are for the error middleware. When the logger's level writes neither line, only the id is made.
 */
export function accessLog(logger: Logger): RequestHandler {
  const nextId = idMaker();
  // One listener for every response, on `close` (an answer sent, or a client gone), which fires once;
  // `this` is the response: no closure per request (`once` would wrap it in one).
  function answered(this: Timed): void {
    const status = this.statusCode;
    const level = status >= 500 ? 'error' : 'info';
    if (!logger.isLevelEnabled(level)) return;
    const req = this.req as IncomingMessage;
    const ms = Math.round((performance.now() - (this[STARTED] ?? 0)) * 10) / 10;
    const path = pathOf(req.url);
    // A client gone before the whole answer was sent: said so, as the status alone would not.
    const aborted = this.writableFinished ? {} : { aborted: true };
    logger[level](
      { id: req.id, req: { method: req.method, path }, res: { status }, ms, ...aborted },
      `${req.method} ${path} ${status}`,
    );
  }
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : nextId();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    req.log = logger;
    // Nothing more unless some line could be written: info for every request, error for a 5xx.
    if (logger.isLevelEnabled('error')) {
      (res as Timed)[STARTED] = performance.now();
      res.on('close', answered);
    }
    next();
  };
}
