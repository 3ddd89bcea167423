// A server with one gated heavy route (synchronous work) and an ungated health route, run in a
// worker thread so that its synchronous work does not hold the test's own event loop.
import express from 'express';
import { parentPort, workerData } from 'node:worker_threads';
import { errorMiddleware } from '../../server/http/error-middleware.ts';
import { heavyGate, type HeavyGateOptions } from '../../server/http/heavy-gate.ts';

const { options, spinMs } = workerData as { options: HeavyGateOptions; spinMs: number };

function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const server = express()
  .get('/heavy', heavyGate(options), (_req, res) => {
    spin(spinMs);
    res.json({});
  })
  .get('/health', (_req, res) => void res.json({ ok: true }))
  .use(errorMiddleware)
  .listen(0, '127.0.0.1', () => parentPort?.postMessage((server.address() as { port: number }).port));
