// The bare Express route the benchmark compares /api/search with: started in a process of its own
// (bench/bare-server.ts), loaded with the very bodies /api/search answered, then stopped.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPaths, type HttpFigures } from './http-load.ts';
import { freePort } from './server-start.ts';

/**
 * Loads a bare route answering `bodies` in turn for `seconds` (after a second of warm-up).
 * @param dir a folder for the bodies' file, which the child reads
 */
export async function loadBareRoute(dir: string, bodies: readonly string[], seconds: number): Promise<HttpFigures> {
  const bodiesPath = join(dir, 'bodies.json');
  writeFileSync(bodiesPath, JSON.stringify(bodies));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'bare-server.ts'), bodiesPath, String(port)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const paths = bodies.map((_b, k) => `/bare/${k}`);
  const figures = await loadPaths(`http://127.0.0.1:${port}`, paths, seconds, child.pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
  return figures;
}
