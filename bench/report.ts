// The benchmark's tables: zhengce beside FTS5 at each corpus size, and how each figure grows with the corpus.

/** Figures of one engine on one corpus. */
export interface EngineFigures {
  readonly buildMs: number;
  readonly buildPeakMB: number;
  readonly bytes: number;
  readonly loadMs: number;
  readonly p50: number;
  readonly p99: number;
  /** Server start to first answered search, for zhengce. */
  readonly startMs?: number;
}

/** Both engines on one corpus (FTS5 absent when better-sqlite3 could not be loaded). */
export interface CorpusFigures {
  readonly factor: number;
  readonly clauses: number;
  readonly textBytes: number;
  readonly zhengce: EngineFigures;
  readonly fts5?: EngineFigures;
}

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const latency = (ms: number) => ms.toFixed(ms < 10 ? 1 : 0);
const mb = (x: number) => `${Math.round(x).toLocaleString('en')} MB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
const times = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;

/**
 * The main table, in Markdown: per corpus a row for zhengce, one for FTS5 and their ratio.
 * @example | ×300 (91,962 clauses, 44 MiB) | zhengce | 16.4 s | 1,290 MB | 131 MiB | 520 ms | 4.4 / 22 ms | 2.4 s |
 */
export function mainTable(corpora: readonly CorpusFigures[]): string[] {
  const lines = [
    '| corpus | engine | build | peak RSS of the build | index | load | search p50 / p99 in process | server start to first search |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of corpora) {
    const name = `×${c.factor} (${c.clauses.toLocaleString('en')} clauses, ${mib(c.textBytes)})`;
    const row = (label: string, e: EngineFigures) =>
      `| ${label === 'zhengce' ? name : ''} | ${label} | ${seconds(e.buildMs)} | ${mb(e.buildPeakMB)} | ${mib(e.bytes)} | ` +
      `${seconds(e.loadMs)} | ${latency(e.p50)} / ${latency(e.p99)} ms | ${e.startMs === undefined ? '' : seconds(e.startMs)} |`;
    lines.push(row('zhengce', c.zhengce));
    const f = c.fts5;
    if (!f) continue;
    lines.push(row('SQLite FTS5 trigram', f));
    const z = c.zhengce;
    lines.push(
      `| | zhengce ÷ FTS5 | ${times(z.buildMs, f.buildMs)} | ${times(z.buildPeakMB, f.buildPeakMB)} | ` +
        `${times(z.bytes, f.bytes)} | ${times(z.loadMs, f.loadMs)} | ${times(z.p50, f.p50)} / ${times(z.p99, f.p99)} | |`,
    );
  }
  return lines;
}

/**
 * How zhengce's figures grow from the smallest to the largest of the corpora of 100 copies or more:
 * each figure's ratio, and the exponent of its growth in the number of clauses (1: linear).
 */
export function growthLines(corpora: readonly CorpusFigures[]): string[] {
  const large = corpora.filter((c) => c.factor >= 100).sort((a, b) => a.factor - b.factor);
  if (large.length < 2) return [];
  const a = large[0] as CorpusFigures;
  const b = large[large.length - 1] as CorpusFigures;
  const size = b.clauses / a.clauses;
  const measure = (label: string, x: number, y: number) =>
    `${label} ${times(y, x)} (exponent ${(Math.log(y / x) / Math.log(size)).toFixed(2)})`;
  const za = a.zhengce;
  const zb = b.zhengce;
  return [
    `growth ×${a.factor} -> ×${b.factor} (${size.toFixed(1)}× the clauses; exponent 1 is linear): ` +
      [
        measure('build', za.buildMs, zb.buildMs),
        measure('peak RSS', za.buildPeakMB, zb.buildPeakMB),
        measure('index', za.bytes, zb.bytes),
        measure('load', za.loadMs, zb.loadMs),
        measure('p50', za.p50, zb.p50),
        measure('p99', za.p99, zb.p99),
        ...(za.startMs && zb.startMs ? [measure('start', za.startMs, zb.startMs)] : []),
      ].join(', '),
  ];
}
