// The benchmark's table: zhengce, SQLite FTS5 and Groonga at each corpus size, each figure the range
// (min–max) over the runs, and how zhengce's figures grow with the corpus.
import type { HttpFigures } from './http-load.ts';

/** Figures of one engine on one corpus, one value per run; absent where the engine has none. */
export interface EngineRuns {
  readonly buildMs: readonly number[];
  readonly buildPeakMB: readonly number[];
  readonly bytes: readonly number[];
  /** Opening the index in process (FTS5: the database; Groonga: its process answering). */
  readonly loadMs: readonly number[];
  readonly p50: readonly number[];
  readonly p99: readonly number[];
  readonly startMs?: readonly number[];
  readonly serverRssMB?: readonly number[];
  /** HTTP search: repeated queries (the answer cache), and past any cache. */
  readonly cached?: readonly HttpFigures[];
  readonly uncached?: readonly HttpFigures[];
  readonly ask?: readonly HttpFigures[];
  /** HTTP search (cached) throughput over a bare Express route answering the same bodies. */
  readonly toBare?: readonly number[];
}

/** The engines on one corpus (an engine absent when it could not run here). */
export interface CorpusFigures {
  readonly factor: number;
  readonly clauses: number;
  readonly textBytes: number;
  readonly engines: ReadonlyArray<{ readonly name: string; readonly runs: EngineRuns }>;
}

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const short = (ms: number) => ms.toFixed(ms < 10 ? 1 : 0);
const mb = (x: number) => `${Math.round(x).toLocaleString('en')} MB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;

/** "a–b" of the formatted least and greatest values, or one value when they read the same. */
export function range(xs: readonly number[] | undefined, format: (x: number) => string): string {
  if (!xs || xs.length === 0) return '';
  const lo = format(Math.min(...xs));
  const hi = format(Math.max(...xs));
  if (lo === hi) return lo;
  // "149–203 ms" rather than "149 ms–203 ms" when both carry the same unit.
  const unit = / [^\d\s]+$/.exec(hi)?.[0];
  return unit && lo.endsWith(unit) ? `${lo.slice(0, -unit.length)}–${hi}` : `${lo}–${hi}`;
}

const latencies = (hs: readonly HttpFigures[] | undefined) =>
  hs && hs.length > 0
    ? `${range(
        hs.map((h) => h.p50),
        short,
      )} / ${range(
        hs.map((h) => h.p99),
        short,
      )} ms`
    : '';

/**
 * The table, in Markdown: per corpus a row for each engine.
 * @example | ×300 (91,962 clauses, 44 MiB) | zhengce | 21–29 s | 1,180–1,360 MB | 131 MiB | 520 ms | 2.4–3.0 s | … |
 */
export function mainTable(corpora: readonly CorpusFigures[]): string[] {
  const lines = [
    '| corpus | engine | build | peak RSS of the build | index | load | p50 / p99 in process | server start | server RSS | ' +
      'HTTP search p50 / p99, cached | uncached | HTTP ask p50 / p99, uncached | search ÷ bare route |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of corpora) {
    const name = `×${c.factor} (${c.clauses.toLocaleString('en')} clauses, ${mib(c.textBytes)})`;
    c.engines.forEach(({ name: engine, runs: e }, k) => {
      lines.push(
        `| ${k === 0 ? name : ''} | ${engine} | ${range(e.buildMs, seconds)} | ${range(e.buildPeakMB, mb)} | ` +
          `${range(e.bytes, mib)} | ${range(e.loadMs, seconds)} | ${range(e.p50, short)} / ${range(e.p99, short)} ms | ` +
          `${range(e.startMs, seconds)} | ${range(e.serverRssMB, mb)} | ${latencies(e.cached)} | ` +
          `${latencies(e.uncached)} | ${latencies(e.ask)} | ${range(e.toBare, (x) => x.toFixed(2))} |`,
      );
    });
  }
  return lines;
}

const times = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
const least = (xs: readonly number[] | undefined) => (xs && xs.length > 0 ? Math.min(...xs) : undefined);

/**
 * How zhengce's figures (the least of the runs) grow from the smallest to the largest of the corpora
 * of 100 copies or more: each figure's ratio, and the exponent of its growth in clauses (1: linear).
 */
export function growthLines(corpora: readonly CorpusFigures[]): string[] {
  const large = corpora.filter((c) => c.factor >= 100).sort((a, b) => a.factor - b.factor);
  if (large.length < 2) return [];
  const a = large[0] as CorpusFigures;
  const b = large[large.length - 1] as CorpusFigures;
  const za = a.engines.find((e) => e.name === 'zhengce')?.runs;
  const zb = b.engines.find((e) => e.name === 'zhengce')?.runs;
  if (!za || !zb) return [];
  const size = b.clauses / a.clauses;
  const figures: Array<[string, readonly number[] | undefined, readonly number[] | undefined]> = [
    ['build', za.buildMs, zb.buildMs],
    ['peak RSS', za.buildPeakMB, zb.buildPeakMB],
    ['index', za.bytes, zb.bytes],
    ['load', za.loadMs, zb.loadMs],
    ['p50', za.p50, zb.p50],
    ['p99', za.p99, zb.p99],
    ['start', za.startMs, zb.startMs],
    ['server RSS', za.serverRssMB, zb.serverRssMB],
  ];
  const parts = figures.flatMap(([label, xs, ys]) => {
    const x = least(xs);
    const y = least(ys);
    if (x === undefined || y === undefined || x <= 0 || y <= 0) return [];
    return [`${label} ${times(y, x)} (exponent ${(Math.log(y / x) / Math.log(size)).toFixed(2)})`];
  });
  return [
    `growth ×${a.factor} -> ×${b.factor} (${size.toFixed(1)}× the clauses; exponent 1 is linear): ${parts.join(', ')}`,
  ];
}
