// Groonga's own HTTP server on the peer's database, for the benchmark: start to first answer, memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A running Groonga HTTP server. */
export interface GroongaServer {
  readonly base: string;
  readonly startMs: number;
  readonly rssMB: number;
  stop(): Promise<void>;
}

/** Starts `groonga -s --protocol http` on `dbPath` and waits for its answer to `firstPath`. */
export async function startGroongaServer(
  dbPath: string,
  firstPath: string,
  timeoutMs = 60_000,
): Promise<GroongaServer> {
  const port = 4000 + Math.floor(Math.random() * 90);
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
    if (performance.now() - started > timeoutMs || child.exitCode !== null) {
      await stop();
      throw new Error(`groonga did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startMs = performance.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return { base, startMs, rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, stop };
}
