// `npm run loadtest`: 60 s at 64 connections over a mixed list of searches and questions against a
// server on loopback; errors, 5xx, p99, memory after the run against memory after warm-up; then
// 20 s more with a SIGHUP every second (reloads under load: every request still answered); then a
// graceful stop with requests in flight.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { QUERY_MIX } from './latency.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const RELOAD_SECONDS = Number(process.env.LOAD_RELOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);
const port = 3990 + Math.floor(Math.random() * 9);
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
  cwd: ROOT,
  // One address sends every request here: rate limiting (on by default) is off for the load test; and
  // the questions among 64 connections all wait their turn rather than being answered 503 SERVER_BUSY.
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    HEAVY_QUEUE: '1000',
    HEAVY_WAIT_MS: '60000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rssMB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
for (let waited = 0; ; waited += 50) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    /* starting */
  }
  if (waited > 60_000) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 50));
}

// Searches and questions, with pages and filters, so that the cache does not answer everything.
const requests = QUERY_MIX.flatMap((m) =>
  [0, 10, 20].map((offset) => ({
    method: 'GET' as const,
    path: m.ask
      ? `/api/ask?q=${encodeURIComponent(m.q)}`
      : `/api/search?q=${encodeURIComponent(m.q)}&offset=${offset}${m.province ? `&province=${encodeURIComponent(m.province)}` : ''}`,
  })),
);
const run = (duration: number) => autocannon({ url: base, connections: CONNECTIONS, duration, requests });

await run(5);
const warm = rssMB();
const r = await run(SECONDS);
const after = rssMB();
const result = {
  seconds: SECONDS,
  connections: CONNECTIONS,
  requests: r.requests.total,
  rps: r.requests.average,
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  status5xx: r['5xx'],
  p50: r.latency.p50,
  p99: r.latency.p99,
  rssAfterWarmupMB: Math.round(warm),
  rssAfterRunMB: Math.round(after),
  rssGrowthMB: Math.round(after - warm),
};

// Reloads under load: a SIGHUP every second; each rebuild runs as an indexer child of the server,
// counted here from /proc (signals during a rebuild queue one more, so fewer rebuilds than signals).
const childrenOf = (pid: number) =>
  readdirSync(`/proc/${pid}/task`)
    .flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
    .filter((child) => {
      try {
        return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('indexer');
      } catch {
        return false; // exited meanwhile
      }
    });
const rebuilds = new Set<string>();
// Indexes swapped in: the distinct build times /api/health reports after the one at the start.
const builtAt = async () => ((await (await fetch(`${base}/api/health`)).json()) as { builtAt: string }).builtAt;
const served = new Set([await builtAt()]);
const watcher = setInterval(() => {
  childrenOf(server.pid as number).forEach((c) => rebuilds.add(c));
  void builtAt().then((b) => served.add(b));
}, 50);
const hup = setInterval(() => server.kill('SIGHUP'), 1000);
const reloading = await run(RELOAD_SECONDS);
clearInterval(hup);
// Let the last rebuild finish: no indexer child for 3 s (between two rebuilds the server loads the index).
for (let idle = 0; idle < 3000; idle += 100) {
  if (childrenOf(server.pid as number).length > 0) idle = 0;
  await new Promise((r2) => setTimeout(r2, 100));
}
clearInterval(watcher);
const underReload = {
  seconds: RELOAD_SECONDS,
  signals: RELOAD_SECONDS,
  rebuilds: rebuilds.size,
  swappedIn: served.size - 1,
  requests: reloading.requests.total,
  errors: reloading.errors,
  timeouts: reloading.timeouts,
  non2xx: reloading.non2xx,
  status5xx: reloading['5xx'],
  p50: reloading.latency.p50,
  p99: reloading.latency.p99,
};

// Graceful stop: requests in flight when SIGTERM arrives still get their answers.
const inFlight = Array.from({ length: 20 }, (_, k) =>
  fetch(`${base}/api/ask?q=${encodeURIComponent(`江西省到2026年力争培育多少个智能化工厂？${k}`)}`)
    .then((res) => res.status)
    .catch(() => 0),
);
// Let the requests reach the server (each question takes some milliseconds), then stop it.
await new Promise((r2) => setTimeout(r2, 30));
server.kill('SIGTERM');
const statuses = await Promise.all(inFlight);
const exitCode = await new Promise<number | null>((r2) => server.on('exit', (code) => r2(code)));
// 200: answered. 0: never reached the server before it stopped listening (refused, not dropped mid-answer).
const graceful = {
  sent: statuses.length,
  answered: statuses.filter((s) => s === 200).length,
  refused: statuses.filter((s) => s === 0).length,
  other: statuses.filter((s) => s !== 200 && s !== 0).length,
  exitCode,
};

console.log(JSON.stringify({ ...result, underReload, graceful }, null, 2));
writeFileSync(
  join(ROOT, 'bench/loadtest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), ...result, underReload, graceful }, null, 2)}\n`,
);
const held = (x: { errors: number; timeouts: number; non2xx: number }) =>
  x.errors === 0 && x.timeouts === 0 && x.non2xx === 0;
const ok =
  held({ errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx }) &&
  held(underReload) &&
  underReload.rebuilds > 0 &&
  after - warm <= 50 &&
  graceful.other === 0 &&
  graceful.exitCode === 0;
console.log(
  ok
    ? 'load held: no errors, no non-2xx, memory within 50 MB; reloads under load answered every request; ' +
        'stopped cleanly, no request answered with an error'
    : 'LOAD TEST FAILED',
);
process.exit(ok ? 0 : 1);
