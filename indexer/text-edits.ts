// Cuts and replacements on a text, with the offsets of the old text carried over to the new one.
import type { Span } from './store/schema.ts';

/** Replace `[start, end)` of the old text with `insert` (empty for a cut). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** An edited text and the map from offsets in the old text to offsets in the new one. */
export interface EditedText {
  readonly text: string;
  /** An offset inside a replaced range maps to the start of its replacement. */
  readonly map: (offset: number) => number;
}

/**
 * Applies edits to `text`. Edits must not overlap; they may come in any order.
 * @throws Error naming both edits when two overlap.
 * @example applyEdits('ab\n\ncd', [{ start: 2, end: 4, insert: '' }]).text === 'abcd'
 */
export function applyEdits(text: string, edits: readonly Edit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const placed: Array<{ oldStart: number; oldEnd: number; newStart: number; newEnd: number }> = [];
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}-${e.end} and before ${at}`);
    out += text.slice(at, e.start);
    const newStart = out.length;
    out += e.insert;
    placed.push({ oldStart: e.start, oldEnd: e.end, newStart, newEnd: out.length });
    at = e.end;
  }
  out += text.slice(at);
  const map = (offset: number): number => {
    let lo = 0;
    let hi = placed.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((placed[mid] as (typeof placed)[number]).oldStart <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0) return offset;
    const p = placed[last] as (typeof placed)[number];
    return offset < p.oldEnd ? p.newStart : offset - p.oldEnd + p.newEnd;
  };
  return { text: out, map };
}

/** Spans of the old text in the new one; spans left empty by a cut are dropped. */
export function mapSpans(spans: readonly Span[], map: (offset: number) => number): Span[] {
  return spans.map((s) => ({ start: map(s.start), end: map(s.end) })).filter((s) => s.end > s.start);
}
