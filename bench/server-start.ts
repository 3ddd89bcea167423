// Server start for the benchmark: the time from spawning the server to its first answered search, and its memory then.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** The glibc tunables `npm start` (package.json) gives the server unless GLIBC_TUNABLES is set. */
export const START_TUNABLES = 'glibc.malloc.hugetlb=1';

/** Where the server finds its corpus, index and lexicon, and which program to run. */
export interface ServerSetup {
  readonly root: string;
  readonly corpusDir: string;
  readonly indexPath: string;
  readonly lexiconPath: string;
  /** Node arguments of the program: the sources through tsx, or the built bundle. */
  readonly program: readonly string[];
}

/** A running server: its address, and a way to stop it. */
export interface RunningServer {
  readonly base: string;
  /** The server's process id. */
  readonly pid: number;
  readonly startMs: number;
  /** Resident memory of the server process after its first answered search. */
  readonly rssMB: number;
  stop(): Promise<void>;
}

/**
 * Spawns the server and waits for its first answered search (一致性评价), at most `timeoutMs`.
 * @throws Error when it does not answer in time (it is stopped).
 */
export async function startServer(setup: ServerSetup, timeoutMs = 120_000): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...setup.program], {
    cwd: setup.root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // As `npm start` runs it: glibc's malloc asks for transparent huge pages, which halves jieba's
      // load (its dictionary tries are a million small allocations, each page of them a fault).
      GLIBC_TUNABLES: process.env.GLIBC_TUNABLES ?? START_TUNABLES,
      // The load is the benchmark's own: answered, not limited (the default limit answers most of it 429).
      RATE_LIMIT_PER_MINUTE: '0',
      CORPUS_DIR: setup.corpusDir,
      INDEX_PATH: setup.indexPath,
      LEXICON_PATH: setup.lexiconPath,
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      const res = await fetch(`${base}/api/search?q=${encodeURIComponent('一致性评价')}`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - started > timeoutMs || child.exitCode !== null) {
      await stop();
      throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - started;
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return {
    base,
    pid: child.pid as number,
    startMs,
    rssMB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
    stop,
  };
}

/**
 * A port no process listens on now, from the system (a random port could be another engineer's
 * server, which would answer in its place).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
