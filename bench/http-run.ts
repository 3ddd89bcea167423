// One HTTP run of the benchmark on one corpus, engines one after the other: zhengce's server (its
// start, memory, /api/search from its answer cache and past it, /api/ask past it), Groonga's HTTP
// server on the same clauses and readings, and a bare Express route answering the same bodies.
import { loadBareRoute } from './bare-route.ts';
import { startGroongaServer } from './groonga-server.ts';
import { loadPaths, spelling, type HttpFigures } from './http-load.ts';
import { QUERY_MIX } from './latency.ts';
import { startServer, type ServerSetup } from './server-start.ts';

/** A server's start (spawn to first answered search) and its resident memory then. */
export interface Started {
  readonly startMs: number;
  readonly rssMB: number;
}

/** What one run measures. */
export interface HttpRun {
  readonly zhengce: Started & { searchCached: HttpFigures; searchUncached: HttpFigures; askUncached: HttpFigures };
  readonly groonga?: Started & { cached: HttpFigures; uncached: HttpFigures };
  readonly bare: HttpFigures;
  /** /api/search (answer cache) throughput over the bare route's with the same bodies. */
  readonly searchToBare: number;
}

/** Distinct spellings per query: more requests than the answer cache holds (1,000) between repeats. */
const SPELLINGS = 625;

const searchPath = (m: (typeof QUERY_MIX)[number], q = m.q) =>
  `/api/search?q=${encodeURIComponent(q)}${m.province ? `&province=${encodeURIComponent(m.province)}` : ''}`;

/** The mix's searches as /api/search paths, each as typed: after the first, answered from the cache. */
export function cachedSearchPaths(): string[] {
  return QUERY_MIX.filter((m) => !m.ask).map((m) => searchPath(m));
}

// Every spelling of every query, interleaved so that consecutive requests differ in query.
function spelled(
  mix: ReadonlyArray<(typeof QUERY_MIX)[number]>,
  path: (m: (typeof QUERY_MIX)[number], q: string) => string,
) {
  const paths: string[] = [];
  for (let i = 0; i < SPELLINGS; i++) for (const m of mix) paths.push(path(m, spelling(m.q, i)));
  return paths;
}

/** Runs the engines one after the other on one corpus, each for `seconds` a load. */
export async function httpRun(
  setup: ServerSetup,
  dir: string,
  groonga: { dbPath: string; paths: readonly string[] } | undefined,
  seconds: number,
): Promise<HttpRun> {
  const searches = QUERY_MIX.filter((m) => !m.ask);
  const questions = QUERY_MIX.filter((m) => m.ask);
  const server = await startServer(setup);
  const cachedPaths = cachedSearchPaths();
  const bodies = await Promise.all(cachedPaths.map(async (p) => (await fetch(`${server.base}${p}`)).text()));
  const zhengce = {
    startMs: server.startMs,
    rssMB: server.rssMB,
    searchCached: await loadPaths(server.base, cachedPaths, seconds),
    searchUncached: await loadPaths(server.base, spelled(searches, searchPath), seconds),
    askUncached: await loadPaths(
      server.base,
      spelled(questions, (_m, q) => `/api/ask?q=${encodeURIComponent(q)}`),
      seconds,
    ),
  };
  await server.stop();

  let g: HttpRun['groonga'];
  if (groonga) {
    const s = await startGroongaServer(groonga.dbPath, groonga.paths[0] as string);
    g = {
      startMs: s.startMs,
      rssMB: s.rssMB,
      cached: await loadPaths(s.base, groonga.paths, seconds),
      uncached: await loadPaths(
        s.base,
        groonga.paths.map((p) => `${p}&cache=no`),
        seconds,
      ),
    };
    await s.stop();
  }

  const bare = await loadBareRoute(dir, bodies, seconds);
  return { zhengce, ...(g ? { groonga: g } : {}), bare, searchToBare: zhengce.searchCached.rps / bare.rps };
}
