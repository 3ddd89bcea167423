// `tsx bench/profile-http.ts CORPUS INDEX LEXICON [SECONDS [OUT]]`: where a cached /api/search's time goes in
// the server. The bundle runs under `node --cpu-prof` and is loaded with the benchmark's cached search
// mix (16 connections, SECONDS, default 10, after a second of warm-up); the samples of the load alone
// (the profile's last SECONDS, shutdown aside) are printed as self and inclusive tables, with the
// server's CPU time per request; OUT keeps the whole profile (a .cpuprofile file). Needs `npm run build:server`.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Profiler } from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPaths } from './http-load.ts';
import { cachedSearchPaths } from './http-run.ts';
import { summariseProfile } from './profile-summary.ts';
import { startServer } from './server-start.ts';

const [corpusDir, indexPath, lexiconPath, seconds = '10', out] = process.argv.slice(2) as [
  string,
  string,
  string,
  string?,
  string?,
];
const dir = mkdtempSync(join(tmpdir(), 'zhengce-prof-'));
const server = await startServer({
  root: fileURLToPath(new URL('..', import.meta.url)),
  corpusDir: resolve(corpusDir),
  indexPath: resolve(indexPath),
  lexiconPath: resolve(lexiconPath),
  program: ['--cpu-prof', '--cpu-prof-dir', dir, 'dist/server/main.js'],
});
const paths = cachedSearchPaths();
await Promise.all(paths.map((p) => fetch(`${server.base}${p}`)));
const load = (loadavg()[0] as number).toFixed(2);
const figures = await loadPaths(server.base, paths, Number(seconds), server.pid);
await server.stop();

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profiler.Profile;
if (out) copyFileSync(join(dir, file), out);
rmSync(dir, { recursive: true, force: true });
console.log(
  `load average ${load}; ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50.toFixed(2)} ms, p99 ` +
    `${figures.p99.toFixed(2)} ms; server CPU ${figures.cpuUs?.toFixed(0)} µs a request\n`,
);
console.log(summariseProfile(lastSeconds(profile, Number(seconds)), 30));

// The samples of the profile's last `s` seconds before its last 0.3 s (the shutdown).
function lastSeconds(p: Profiler.Profile, s: number): Profiler.Profile {
  const deltas = p.timeDeltas ?? [];
  const times: number[] = [];
  let t = p.startTime;
  for (const d of deltas) times.push((t += d));
  const end = p.endTime - 300_000;
  const samples = (p.samples ?? []).filter((_id, i) => (times[i] ?? 0) <= end && (times[i] ?? 0) >= end - s * 1e6);
  return { ...p, samples };
}
