// HTTP load for the benchmark: a closed loop of connections over a list of paths taken in turn by
// all of them together (so that, with more distinct paths than the answer cache holds, every request
// misses it). node:http with a keep-alive agent rather than autocannon: Groonga's HTTP server closes
// each connection (`Connection: close`), which autocannon's latency figures do not survive.
import { Agent, request } from 'node:http';
import { processCpuMs } from './process-cpu.ts';

/** Connections of every HTTP load, on the 2-core machine the benchmark was written for. */
export const CONNECTIONS = 16;

/** Throughput and latency of one load. */
export interface HttpFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  /** The server's CPU time per request of the timed run (µs), when its process id was given. */
  readonly cpuUs?: number;
  /** This process's (the client's) CPU time per request of the timed run (µs), with the server's. */
  readonly clientCpuUs?: number;
}

// One GET, its body read; resolves with the status, or 0 when the request failed.
function get(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

/**
 * Loads `base` with `paths` in turn for a second (not counted), then for `seconds`.
 * @param pid the server's process, whose CPU time per request is then measured
 */
export async function loadPaths(
  base: string,
  paths: readonly string[],
  seconds: number,
  pid?: number,
): Promise<HttpFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let next = 0;
  const run = async (duration: number) => {
    const times: number[] = [];
    let errors = 0;
    let non2xx = 0;
    const end = performance.now() + duration * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        const url = new URL(paths[next++ % paths.length] as string, base);
        const t = performance.now();
        const status = await get(agent, url);
        times.push(performance.now() - t);
        if (status === 0) errors++;
        else if (status < 200 || status >= 300) non2xx++;
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    return { times, errors, non2xx };
  };
  await run(1);
  const cpuBefore = pid === undefined ? 0 : processCpuMs(pid);
  const clientBefore = process.cpuUsage();
  const r = await run(seconds);
  const client = process.cpuUsage(clientBefore);
  const cpuUs = pid === undefined ? undefined : ((processCpuMs(pid) - cpuBefore) * 1000) / r.times.length;
  const clientCpuUs = (client.user + client.system) / r.times.length;
  agent.destroy();
  const sorted = r.times.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  const figures = { rps: sorted.length / seconds, p50: at(50), p99: at(99), errors: r.errors, non2xx: r.non2xx };
  return cpuUs === undefined ? figures : { ...figures, cpuUs, clientCpuUs };
}

/**
 * The `i`-th spelling of a query that the API reads the same way: leading and trailing spaces,
 * which its answer cache keys on and its parser drops. 625 spellings of each query.
 */
export function spelling(q: string, i: number): string {
  return `${' '.repeat(i % 25)}${q}${' '.repeat(Math.floor(i / 25) % 25)}`;
}
