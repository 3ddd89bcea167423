// Groonga's own HTTP server on the peer's database, for the benchmark: start to first answer, memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from './server-start.ts';

/** A running Groonga HTTP server. */
export interface GroongaServer {
  readonly base: string;
  readonly startMs: number;
  readonly rssMB: number;
  stop(): Promise<void>;
}

/** Ports tried: a server that exits at once (its port taken since it was free) is started on another. */
const ATTEMPTS = 5;

/**
 * Starts `groonga -s --protocol http` on `dbPath` and waits for its answer to `firstPath`; on a
 * free port, another one when the server exits before answering (the port was taken meanwhile).
 */
export async function startGroongaServer(
  dbPath: string,
  firstPath: string,
  timeoutMs = 60_000,
): Promise<GroongaServer> {
  for (let attempt = 1; ; attempt++) {
    const server = await startOn(await freePort(), dbPath, firstPath, timeoutMs);
    if (server !== 'exited') return server;
    if (attempt === ATTEMPTS) throw new Error(`groonga exited before answering, on ${ATTEMPTS} ports`);
  }
}

async function startOn(
  port: number,
  dbPath: string,
  firstPath: string,
  timeoutMs: number,
): Promise<GroongaServer | 'exited'> {
  const started = performance.now();
  const child = spawn(
    'groonga',
    ['-s', '--protocol', 'http', '--bind-address', '127.0.0.1', '--port', String(port), dbPath],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${base}${firstPath}`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) return 'exited';
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`groonga did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return { base, startMs, rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, stop };
}
