// The indexer's summary of a build, as lines for the terminal: per file what was read and repaired.
import type { BuildReport } from './pipeline.ts';
import type { LayoutRepairs } from './store/schema.ts';

/**
 * The summary table of a build: one row per file read (format, pages, sections, clauses, what layout
 * repair did, where the metadata came from, title), one per file skipped with its reason, then the
 * warnings naming their files.
 */
export function formatSummary(report: BuildReport): string[] {
  const rows: string[][] = [['file', 'format', 'pages', 'sections', 'clauses', 'repaired', 'meta', 'title']];
  for (const d of report.documents)
    rows.push([
      d.path,
      d.format,
      d.reading.pages === undefined ? '' : String(d.reading.pages),
      String(d.sections),
      String(d.clauses),
      describeRepairs(d.reading.repairs),
      d.metaSource,
      d.title,
    ]);
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => width(r[k] ?? '')))) ?? [];
  const numeric = new Set([2, 3, 4]);
  const lines = rows.map((r) =>
    r
      .map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k] ?? 0, numeric.has(k))))
      .join('  ')
      .trimEnd(),
  );
  const skipped = new Set(report.skipped);
  for (const w of report.warnings) lines.push(`${skipped.has(w.path) ? 'skipped' : 'warning'}: ${w.path}: ${w.reason}`);
  return lines;
}

/**
 * The build in one line: documents, clauses and text, files skipped, warnings, time and rate, the
 * index file and its size.
 * @example formatTotals(report, 'data/index.zci', 137e6) -> '1500 documents, 91962 clauses (44.1 MB of
 *   text), 0 files skipped, 0 warnings; built in 18.20 s (2.4 MB/s); data/index.zci 130.7 MiB'
 */
export function formatTotals(report: BuildReport, indexPath: string, indexBytes: number): string {
  const mb = report.textBytes / 1e6;
  const seconds = report.ms / 1000;
  return (
    `${report.documents.length} documents, ${report.clauses} clauses (${mb.toFixed(1)} MB of text), ` +
    `${report.skipped.length} files skipped, ${report.warnings.length} warnings; built in ${seconds.toFixed(2)} s ` +
    `(${(mb / seconds).toFixed(1)} MB/s); ${indexPath} ${(indexBytes / 2 ** 20).toFixed(1)} MiB`
  );
}

/** What layout repair did, in a few words: `3 lines joined, 3 headers, 3 page numbers dropped`. */
export function describeRepairs(r: LayoutRepairs): string {
  const dropped = [
    r.headersDropped > 0 ? plural(r.headersDropped, 'header') : '',
    r.footersDropped > 0 ? plural(r.footersDropped, 'footer') : '',
    r.pageNumbersDropped > 0 ? plural(r.pageNumbersDropped, 'page number') : '',
  ].filter(Boolean);
  const parts = [
    r.linesJoined > 0 ? `${r.linesJoined} ${r.linesJoined === 1 ? 'line' : 'lines'} joined` : '',
    dropped.length > 0 ? `${dropped.join(', ')} dropped` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '-';
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

// Terminal columns: a Han character takes two.
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(s: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(s)));
  return right ? fill + s : s + fill;
}
