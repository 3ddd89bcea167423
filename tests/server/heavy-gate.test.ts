// CPU-heavy requests take turns: a health check waits for one of them, not for all; a full queue
// or a long wait is answered 503 SERVER_BUSY with Retry-After.
import { Agent, request as httpRequest, type Server } from 'node:http';
import { Worker } from 'node:worker_threads';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { fromSources } from '../../indexer/analysis-threads.ts';
import { errorMiddleware } from '../../server/http/error-middleware.ts';
import { heavyGate, type HeavyGateOptions } from '../../server/http/heavy-gate.ts';

let server: Server | undefined;
let worker: Worker | undefined;
afterEach(async () => {
  server?.close();
  await worker?.terminate();
});

/** tests/helpers/gated-server.ts in a worker thread: heavy requests spin for `spinMs`. */
async function serveInThread(options: HeavyGateOptions, spinMs: number): Promise<number> {
  const path = new URL('../helpers/gated-server.ts', import.meta.url).pathname;
  worker = new Worker(fromSources(path), { eval: true, workerData: { options, spinMs } });
  return new Promise((resolve, reject) => {
    worker?.once('message', resolve);
    worker?.once('error', reject);
  });
}

/** A server with a gated route doing `work` and an ungated health route; resolves with its port. */
async function serve(options: HeavyGateOptions, work: (res: express.Response) => void): Promise<number> {
  const app = express()
    .get('/heavy', heavyGate(options), (_req, res) => work(res))
    .get('/health', (_req, res) => void res.json({ ok: true }))
    .use(errorMiddleware);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server?.once('listening', r));
  return (server.address() as { port: number }).port;
}

function get(
  port: number,
  path: string,
  agent: Agent | false = false,
): Promise<{ status: number; retryAfter?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('heavyGate', () => {
  it('answers a request outside the gate after one heavy request, not after all of those queued', async () => {
    // Synchronous work, as a question is: nothing else runs in the server's thread meanwhile.
    const port = await serveInThread({ queue: 16, waitMs: 10_000 }, 80);
    // Eight clients on open connections, as a load of questions comes; the health check on a new one.
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    await Promise.all(Array.from({ length: 8 }, () => get(port, '/health', agent)));
    const finished: string[] = [];
    const heavy = Array.from({ length: 8 }, (_, k) =>
      get(port, '/heavy', agent).then((r) => finished.push(`heavy ${k} ${r.status}`)),
    );
    // Sent last: without the gate it would wait for all eight (640 ms of synchronous work).
    await new Promise((r) => setTimeout(r, 20));
    const health = get(port, '/health').then((r) => finished.push(`health ${r.status}`));
    await Promise.all([...heavy, health]);
    expect(finished.filter((f) => f.startsWith('heavy')).every((f) => f.endsWith('200'))).toBe(true);
    // At most three before it: the one running when it arrives, and one for each turn of the event
    // loop that accepting its connection and reading its request take. Without the gate: eight.
    expect(finished.indexOf('health 200')).toBeLessThanOrEqual(3);
    agent.destroy();
  });

  it('answers 503 SERVER_BUSY with Retry-After when the queue is full, and serves the rest in turn', async () => {
    const port = await serve({ queue: 2, waitMs: 10_000 }, (res) => void setTimeout(() => res.json({}), 150));
    const all = await Promise.all(Array.from({ length: 5 }, () => get(port, '/heavy')));
    const statuses = all.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 503, 503]);
    const busy = all.find((r) => r.status === 503);
    expect(JSON.parse(busy?.body ?? '{}').error.code).toBe('SERVER_BUSY');
    expect(Number(busy?.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 SERVER_BUSY to a request that waited longer than its budget', async () => {
    const port = await serve({ queue: 10, waitMs: 50 }, (res) => void setTimeout(() => res.json({}), 300));
    const [first, second] = await Promise.all([get(port, '/heavy'), get(port, '/heavy')]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(503);
    expect(JSON.parse(second.body).error.message).toMatch(/no turn within 50 ms/);
  });
});
