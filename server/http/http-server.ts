// The HTTP server around the app: header limits and timeouts, and JSON for requests Node itself refuses.
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import { LIMITS } from '../contract/limits.ts';
import { errorBody } from './error-middleware.ts';
import { SECURITY_HEADER_LINES } from './security-headers.ts';

/** Errors of Node's HTTP parser that mean the request line and headers were too long. */
const TOO_LARGE = new Set(['HPE_HEADER_OVERFLOW', 'HPE_URI_OVERFLOW']);

/**
 * An HTTP server for the app. The request line and headers may take {@link LIMITS.headerBytes} (Node's
 * default of 16 KiB cannot carry the reading aid's 2,000 characters of Chinese in a URL). A request the
 * parser refuses gets the API's JSON error body (HEADERS_TOO_LARGE, or BAD_REQUEST for one it cannot read)
 * instead of Node's empty one, with the security headers of every other answer. Slow or huge requests
 * do not hold the server: headers within 10 s, a whole request within 30 s.
 */
export function createHttpServer(app: Express): Server {
  const server = createServer({ maxHeaderSize: LIMITS.headerBytes }, app);
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => refuse(err, socket));
  return server;
}

function refuse(err: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset or timed-out connection has nobody to answer.
  if (err.code === 'ECONNRESET' || err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = TOO_LARGE.has(err.code ?? '');
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(
    errorBody(
      tooLarge
        ? { code: 'HEADERS_TOO_LARGE', message: `the URL and headers exceed ${LIMITS.headerBytes / 1024} KiB` }
        : { code: 'BAD_REQUEST', message: 'the request could not be read (malformed HTTP)' },
    ),
  );
  const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n${SECURITY_HEADER_LINES}` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
