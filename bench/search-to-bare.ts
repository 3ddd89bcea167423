// `tsx bench/search-to-bare.ts CORPUS INDEX LEXICON [ROUNDS [PROGRAM]]`: the benchmark's *search ÷ bare route*
// alone, without building anything: the bundle's server on a built index (cached /api/search mix) and
// the bare route with the same bodies, in turn, ROUNDS times (default 3), the order swapped every
// round so that a busy minute of the shared machine falls on both; each with the server's CPU time
// per request. PROGRAM: another build of the server (default dist/server/main.js, `npm run build:server`).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBareRoute } from './bare-route.ts';
import type { HttpFigures } from './http-load.ts';
import { loadPaths } from './http-load.ts';
import { cachedSearchPaths } from './http-run.ts';
import { startServer } from './server-start.ts';

const [corpusDir, indexPath, lexiconPath, rounds = '3', program = 'dist/server/main.js'] = process.argv.slice(2) as [
  string,
  string,
  string,
  string?,
  string?,
];
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zhengce-bare-'));
const setup = {
  root,
  corpusDir: resolve(corpusDir),
  indexPath: resolve(indexPath),
  lexiconPath: resolve(lexiconPath),
  program: [program],
};
const paths = cachedSearchPaths();

async function searchLoad(): Promise<{ figures: HttpFigures; bodies: string[] }> {
  const server = await startServer(setup);
  try {
    const bodies = await Promise.all(paths.map(async (p) => (await fetch(`${server.base}${p}`)).text()));
    return { figures: await loadPaths(server.base, paths, SECONDS, server.pid), bodies };
  } finally {
    await server.stop();
  }
}

const line = (f: HttpFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms, CPU ${f.cpuUs?.toFixed(0)} µs a request (client ${f.clientCpuUs?.toFixed(0)})`;
const ratios: number[] = [];
const cpuRatios: number[] = [];
let bodies: string[] = [];
for (let round = 0; round < Number(rounds); round++) {
  const load = (loadavg()[0] as number).toFixed(2);
  let search: HttpFigures;
  let bare: HttpFigures;
  if (round % 2 === 0) {
    ({ figures: search, bodies } = await searchLoad());
    bare = await loadBareRoute(dir, bodies, SECONDS);
  } else {
    bare = await loadBareRoute(dir, bodies, SECONDS);
    ({ figures: search } = await searchLoad());
  }
  ratios.push(search.rps / bare.rps);
  cpuRatios.push((bare.cpuUs ?? 0) / (search.cpuUs ?? 1));
  console.log(
    `round ${round + 1} (load ${load}): search ${line(search)}; bare ${line(bare)}; ÷ ${ratios.at(-1)?.toFixed(2)}`,
  );
}
const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
console.log(
  `search ÷ bare route: ${range(ratios)} (throughput); ${range(cpuRatios)} (bare route's CPU a request ÷ search's)`,
);
rmSync(dir, { recursive: true, force: true });
