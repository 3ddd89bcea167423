// The server as a supervisor runs it: a child process with its stdout and stderr as pipes.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../indexer/paths.ts';
import { INDEX_PATH, LEXICON_PATH } from './paths.ts';

/** How to start the server: the built bundle (`npm start`) or the sources through tsx (`npm run dev`). */
export type ServerBuild = 'built' | 'tsx';

/** A running server child and what the tests need of it. */
export interface SpawnedServer {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly base: string;
  /** Everything read from its stdout so far. */
  readonly output: () => string;
  /** Resident memory of the child in MB, from /proc. */
  readonly rssMB: () => number;
  /** Resolves with the milliseconds from now until the child exits, or rejects after `timeoutMs`. */
  readonly exitWithin: (timeoutMs: number) => Promise<number>;
}

/** Starts the server on a free port with `env` added, and resolves once it says it listens. */
export async function spawnServer(build: ServerBuild, env: Record<string, string> = {}): Promise<SpawnedServer> {
  const args =
    build === 'built'
      ? [projectPath('dist', 'server', 'main.js')]
      : ['--import', 'tsx', projectPath('server', 'main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    // Tests send thousands of requests from one address: rate limiting (on by default) is off unless asked for.
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      INDEX_PATH,
      LEXICON_PATH,
      REBUILD: 'never',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.resume();
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out.slice(-500)}`)), 30_000);
    const look = () => {
      const m = /"port":(\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', look);
      resolve(Number(m[1]));
    };
    child.stdout.on('data', look);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${out.slice(-500)}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    rssMB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    exitWithin: (timeoutMs) => {
      const from = performance.now();
      return Promise.race([
        exited.then(() => performance.now() - from),
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs),
        ),
      ]);
    },
  };
}
