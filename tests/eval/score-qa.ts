// Question scoring: accuracy per type and language, citations, compare rows, declines, confidence bands.
import { ask, type AskResult } from '../../server/qa/answer.ts';
import { QA_DEFAULTS, type AskOptions } from '../../server/qa/defaults.ts';
import type { IndexStore } from '../../server/search/index-store.ts';
import { groupBy, holds, mean, type QaGold } from './gold.ts';

/** One question asked of the engine, and how its answer scores. */
export interface Scored {
  readonly gold: QaGold;
  readonly result: AskResult;
  readonly correct: boolean;
  readonly answered: boolean;
  readonly cited: boolean;
  /** For compare questions: share of gold regions with a right row, rows for other regions, row citations. */
  readonly rows?: { readonly recall: number; readonly extra: number; readonly cited: number };
  /** With no threshold: the answer the engine would give, its confidence, and whether it is right. */
  readonly open: { readonly answered: boolean; readonly confidence: number; readonly correct: boolean };
}

// A response row is of gold region `key` (江西, 四川 for Bazhong…) when its province or region is.
function rowOf(result: AskResult, key: string, answers: readonly string[]): boolean {
  return (result.rows ?? []).some(
    (r) => (r.province === key || r.region.startsWith(key)) && answers.some((a) => holds(r.text, a)),
  );
}

function scoreRows(gold: QaGold, result: AskResult): NonNullable<Scored['rows']> {
  const keys = Object.keys(gold.rows ?? {});
  const found = keys.filter((k) => rowOf(result, k, gold.rows?.[k] ?? []));
  const extra = (result.rows ?? []).filter((r) => !keys.some((k) => r.province === k || r.region.startsWith(k))).length;
  const sources = Object.values(gold.row_sources ?? {});
  const cited = sources.filter((s) => result.citations.some((c) => holds(c.text, s))).length;
  return {
    recall: keys.length ? found.length / keys.length : 0,
    extra,
    cited: sources.length ? cited / sources.length : 0,
  };
}

function isCorrect(gold: QaGold, result: AskResult, rows: Scored['rows']): boolean {
  if (gold.type === 'none') return result.answer === null;
  if (gold.type === 'compare') return rows?.recall === 1;
  if (result.answer === null) return false;
  const text = result.answer.text;
  return gold.answers_all ? gold.answers_all.every((a) => holds(text, a)) : gold.answer.some((a) => holds(text, a));
}

function score(store: IndexStore, gold: QaGold, options: Partial<AskOptions>): Scored {
  const result = ask(store, gold.q, [], options);
  const rows = gold.type === 'compare' ? scoreRows(gold, result) : undefined;
  const source = gold.source ?? null;
  const cited = source !== null && result.citations.slice(0, 3).some((c) => holds(c.text, source));
  const answered = result.answer !== null || (gold.type === 'compare' && (result.rows?.length ?? 0) > 0);
  const unbounded = ask(store, gold.q, [], { ...options, threshold: 0, rowThreshold: 0 });
  const open = {
    answered: unbounded.answer !== null,
    confidence: unbounded.confidence,
    correct: isCorrect(gold, unbounded, gold.type === 'compare' ? scoreRows(gold, unbounded) : undefined),
  };
  return { gold, result, correct: isCorrect(gold, result, rows), answered, cited, open, ...(rows ? { rows } : {}) };
}

/** A line per question: right, wrong (BAD) or declined (---), the confidence, what it answered and what was wanted. */
export function verboseLine(r: Scored): string {
  const wrong = r.answered ? 'BAD' : '---';
  const mark = r.correct ? 'ok ' : wrong;
  const rows = r.result.rows?.map((x) => `${x.region}:${x.text}`).join(' | ');
  const got = r.result.answer?.text ?? (rows ? `rows ${rows}` : '(declined)');
  const want = r.correct
    ? ''
    : `  [want ${r.gold.type === 'compare' ? JSON.stringify(r.gold.rows) : r.gold.answer.join('|')}]`;
  const conf = r.result.confidence.toFixed(2);
  // A decline whose would-be answer (no threshold) is right: lost to the threshold, not to the candidates.
  const open = !r.answered && r.open.answered ? ` open=${r.open.correct ? 'right' : 'wrong'}` : '';
  const cite = r.cited ? 'y' : 'n';
  return `${r.gold.id.padEnd(5)} ${r.gold.type.padEnd(7)} ${mark}${open} cite=${cite} conf=${conf} ${r.gold.q} => ${got}${want}`;
}

const BANDS = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

// Accuracy of the answers the engine would give with no threshold, by their confidence: what the
// threshold is picked from (the bands below it are declined).
function printBands(rows: readonly Scored[], threshold: number): void {
  console.log(`\nwould-be answers (no threshold) by confidence; the threshold in use is ${threshold}`);
  console.log(
    `${'confidence band'.padEnd(16)} ${'answered'.padStart(8)} ${'right'.padStart(6)} ${'accuracy'.padStart(9)}`,
  );
  for (let k = 0; k + 1 < BANDS.length; k++) {
    const lo = BANDS[k] as number;
    const hi = BANDS[k + 1] as number;
    const inBand = rows.filter((r) => r.open.answered && r.open.confidence >= lo && r.open.confidence < hi);
    if (inBand.length === 0) continue;
    const right = inBand.filter((r) => r.open.correct).length;
    const label = `[${lo.toFixed(1)}, ${Math.min(1, hi).toFixed(1)}${hi > 1 ? ']' : ')'}`;
    const cells = [
      String(inBand.length).padStart(8),
      String(right).padStart(6),
      (right / inBand.length).toFixed(3).padStart(9),
    ];
    console.log(`${label.padEnd(16)} ${cells.join(' ')}`);
  }
}

/** Asks every question (with `options`' model and thresholds, else the shipped ones) and scores the answers. */
export function scoreQa(store: IndexStore, golds: readonly QaGold[], options: Partial<AskOptions> = {}): Scored[] {
  return golds.map((g) => score(store, g, options));
}

/** Scores the question lines and prints the tables (and each question with `verbose`). */
export function reportQa(store: IndexStore, golds: readonly QaGold[], verbose: boolean): void {
  const rows = scoreQa(store, golds);
  if (verbose) for (const r of rows) console.log(verboseLine(r));
  printQa(rows, QA_DEFAULTS.threshold);
}

/**
 * The tables: per type, language and all, accuracy, cited@3, declined, precision, and `wrong`, the
 * share of answers given that are wrong; then compare rows, declines, and the confidence bands.
 */
export function printQa(rows: readonly Scored[], threshold: number): void {
  const header = ['n', 'accuracy', 'cited@3', 'declined', 'precision', 'wrong'];
  console.log(
    `${'questions'.padEnd(22)} ${header.map((h, k) => h.padStart([3, 9, 8, 9, 10, 7][k] as number)).join(' ')}`,
  );
  for (const [key, rs] of groupBy(rows, (r) => [`type=${r.gold.type}`, `lang=${r.gold.lang}`, 'all'])) {
    const answered = rs.filter((r) => r.answered);
    const precision = answered.length ? answered.filter((r) => r.correct).length / answered.length : 0;
    const cells = [
      String(rs.length).padStart(3),
      mean(rs.map((r) => Number(r.correct)))
        .toFixed(3)
        .padStart(9),
      mean(rs.map((r) => Number(r.cited)))
        .toFixed(3)
        .padStart(8),
      String(rs.length - answered.length).padStart(9),
      precision.toFixed(3).padStart(10),
      (answered.length ? 1 - precision : 0).toFixed(3).padStart(7),
    ];
    console.log(`${key.padEnd(22)} ${cells.join(' ')}`);
  }
  const compare = rows.filter((r) => r.rows);
  const none = rows.filter((r) => r.gold.type === 'none');
  const answerable = rows.filter((r) => r.gold.type !== 'none');
  console.log(
    `\ncompare: row recall ${mean(compare.map((r) => r.rows?.recall ?? 0)).toFixed(3)}, extra rows ${compare.reduce((s, r) => s + (r.rows?.extra ?? 0), 0)}, row citations ${mean(compare.map((r) => r.rows?.cited ?? 0)).toFixed(3)} (${compare.length} questions)`,
  );
  console.log(
    `none: declined correctly ${mean(none.map((r) => Number(r.correct))).toFixed(3)} (${none.length} questions)`,
  );
  console.log(
    `answerable questions declined: ${mean(answerable.map((r) => Number(!r.answered))).toFixed(3)} (${answerable.filter((r) => !r.answered).length} of ${answerable.length})`,
  );
  printBands(rows, threshold);
}
