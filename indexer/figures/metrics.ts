// What a figure measures (indexer/data/metrics.tsv): the head of a metric phrase, in Chinese or English.
import { readFileSync } from 'node:fs';
import { phraseKey } from '../analysis/english.ts';
import { projectPath } from '../paths.ts';

/** A kind of quantity a policy states: 营业收入, 企业数, 增速… */
export interface MetricHead {
  readonly head: string;
  readonly en: string;
  /** The kind of unit it is written in. */
  readonly unit: 'money' | 'count' | 'percent';
  readonly words: readonly string[];
  /** English forms by their key (lemmas, see phraseKey). */
  readonly english: readonly string[];
  /** The head this one narrows (研发投入占比 narrows 占比). */
  readonly refines?: string;
}

/** Where the metric heads are listed. */
export const METRICS_PATH = projectPath('indexer', 'data', 'metrics.tsv');

/** Parses the metrics table. @throws Error naming a malformed line. */
export function parseMetrics(tsv: string): MetricHead[] {
  const out: MetricHead[] = [];
  tsv.split('\n').forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [head, en, unit, words, english, refines] = line.split('\t');
    if (!head || !en || !words || !english || (unit !== 'money' && unit !== 'count' && unit !== 'percent')) {
      throw new Error(`metrics line ${k + 1}: expected head, english, unit, words, english forms: "${line}"`);
    }
    const forms = english
      .split('|')
      .map((f) => phraseKey(f))
      .filter(Boolean);
    out.push({
      head,
      en,
      unit,
      words: words.split('|'),
      english: forms,
      ...(refines?.trim() ? { refines: refines.trim() } : {}),
    });
  });
  return out;
}

let loaded: MetricHead[] | undefined;

/** The metric heads of the project, read once. */
export function metricHeads(): readonly MetricHead[] {
  loaded ??= parseMetrics(readFileSync(METRICS_PATH, 'utf8'));
  return loaded;
}

/** The metric head named `head`. */
export function metricNamed(head: string): MetricHead | undefined {
  return metricHeads().find((m) => m.head === head);
}

/**
 * The head of a Chinese metric phrase: the metric whose word ends rightmost in it (a longer word
 * wins at the same end), narrowed to a refinement the phrase also names.
 * @example metricHeadOf('营业收入年均增速')?.head === '增速'
 * @example metricHeadOf('研发经费支出占营业收入比重')?.head === '研发投入占比'
 */
export function metricHeadOf(phrase: string): MetricHead | undefined {
  let best: { metric: MetricHead; end: number; length: number } | undefined;
  for (const metric of metricHeads()) {
    for (const word of metric.words) {
      const at = phrase.lastIndexOf(word);
      if (at < 0) continue;
      const end = at + word.length;
      if (!best || end > best.end || (end === best.end && word.length > best.length))
        best = { metric, end, length: word.length };
    }
  }
  if (!best) return undefined;
  const head = best.metric.head;
  const narrower = metricHeads().find((m) => m.refines === head && m.words.some((w) => phrase.includes(w)));
  return narrower ?? best.metric;
}

/**
 * The head of an English metric phrase: in `growth rate of export value` the metric before `of`,
 * otherwise the last one named (`export growth rate`, `revenue target`).
 * @param units only metrics of these units (an amount or a share, not a count of things)
 */
export function metricHeadOfEnglish(text: string, units?: ReadonlyArray<MetricHead['unit']>): MetricHead | undefined {
  const words = phraseKey(text).split(' ');
  const found: Array<{ metric: MetricHead; start: number; end: number }> = [];
  for (const metric of metricHeads()) {
    if (units && !units.includes(metric.unit)) continue;
    for (const form of metric.english) {
      const parts = form.split(' ');
      for (let k = 0; k + parts.length <= words.length; k++) {
        if (parts.every((p, j) => words[k + j] === p)) found.push({ metric, start: k, end: k + parts.length });
      }
    }
  }
  if (found.length === 0) return undefined;
  // The longest mention at a place wins over its parts (`operating revenue` over `revenue`).
  const kept = found.filter(
    (f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
  // In `growth rate of the export value of the industry` the first metric before `of` is the head.
  // …when what follows `of` is a metric too; `output value of the province` is the output value.
  const startsMetric = (k: number) => kept.some((g) => g.start === k || (words[k] === 'the' && g.start === k + 1));
  const beforeOf = [...kept]
    .sort((a, b) => a.start - b.start)
    .find((f) => words[f.end] === 'of' && startsMetric(f.end + 1));
  if (beforeOf) return beforeOf.metric;
  return kept.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0]?.metric;
}
