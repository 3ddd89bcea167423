// The question's words written right against a span, in any order: what a gap frame (gap-frame.ts)
// says of a Chinese question, for a question whose word order is not the document's (English,
// translated word by word): 支持敦化建设|原料药生产基地 for "What does Jilin support Dunhua in building?".
import type { Sentence } from '../../indexer/figures/index.ts';
import { phraseEnd } from './gap-frame.ts';
import { wordEdges } from './span-shape.ts';
import type { Span } from './spans.ts';

/** Characters allowed between two of the question's words, or between them and a span (的, 在, 、). */
const SLACK = 1;
/** A run of the question's words this long says as much as any longer one, on each side. */
const FULL_RUN = 6;
/** A run of the question's words at least this long is an anchor whose following phrase is a candidate. */
const MIN_RUN = 4;
/** The longest span an anchor yields. */
const MAX_SPAN = 24;
const STOP = /[。；;！？!?]/;

// The longest form written in `text` ending at `end` (give or take SLACK): its start, or -1.
function formEndingAt(text: string, end: number, forms: readonly string[]): number {
  let best = -1;
  for (let e = end; e >= Math.max(0, end - SLACK); e--)
    for (const f of forms) {
      const start = e - f.length;
      if (start >= 0 && (best < 0 || start < best) && text.startsWith(f, start)) best = start;
    }
  return best;
}

// The longest form written in `text` from `start` (give or take SLACK): its end, or -1.
function formStartingAt(text: string, start: number, forms: readonly string[]): number {
  let best = -1;
  for (let s = start; s <= Math.min(text.length, start + SLACK); s++)
    for (const f of forms) if (s + f.length > best && text.startsWith(f, s)) best = s + f.length;
  return best;
}

/** How many characters of the question's words run back from `end`, each next to the one before. */
export function runBefore(text: string, end: number, forms: readonly string[]): number {
  let at = end;
  for (let start = formEndingAt(text, at, forms); start >= 0 && start < at; start = formEndingAt(text, at, forms))
    at = start;
  return end - at;
}

/** How many characters of the question's words run on from `start`, each next to the one before. */
export function runAfter(text: string, start: number, forms: readonly string[]): number {
  let at = start;
  for (let end = formStartingAt(text, at, forms); end > at; end = formStartingAt(text, at, forms)) at = end;
  return at - start;
}

/**
 * How closely the question's words hem a span in, 0..1: the run of them written right before it and
 * the run right after it, each in full from FULL_RUN characters, half each. Order is not asked for.
 */
export function adjacency(s: Sentence, span: Pick<Span, 'start' | 'end'>, forms: readonly string[]): number {
  if (forms.length === 0) return 0;
  const before = runBefore(s.text, span.start - s.start, forms);
  const after = runAfter(s.text, span.end - s.start, forms);
  return (Math.min(FULL_RUN, before) + Math.min(FULL_RUN, after)) / (2 * FULL_RUN);
}

/**
 * The noun phrases of a sentence right after a run of the question's words at least MIN_RUN
 * characters long (支持敦化建设|原料药生产基地): where a question whose order is not the document's
 * leaves its gap. With `list`, a list of them (see phraseEnd).
 */
export function spansAfterRuns(s: Sentence, forms: readonly string[], list = false): Span[] {
  const out: Span[] = [];
  const ends = new Set<number>();
  for (const f of forms)
    for (let at = s.text.indexOf(f); at >= 0; at = s.text.indexOf(f, at + 1)) ends.add(at + f.length);
  // A span starts where a word does: 产业 ends a run inside 产业链, which is not a gap.
  const boundaries = wordEdges(s.text);
  for (const end of [...ends].sort((a, b) => a - b)) {
    if (!boundaries.has(end)) continue;
    if (runBefore(s.text, end, forms) < MIN_RUN) continue;
    // The run goes on: its last word is further on.
    if (runAfter(s.text, end, forms) > 0) continue;
    const stop = phraseEnd(s.text, end, list);
    const text = s.text.slice(end, stop);
    if (text.length >= 2 && text.length <= MAX_SPAN && !STOP.test(text))
      out.push({ start: s.start + end, end: s.start + stop, text, kind: 'name' });
  }
  return out;
}

/**
 * The share of a span's characters that are the question's own words (部门建立道地中药材…基因库
 * for a question about that 基因库): an answer says what the question does not.
 */
export function ownShare(text: string, forms: readonly string[]): number {
  if (text.length === 0) return 0;
  const covered = new Uint8Array(text.length);
  for (const f of forms)
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) covered.fill(1, at, at + f.length);
  return covered.reduce((n, c) => n + c, 0) / text.length;
}
