// Marks matches in a clause's original text: exact offsets, escaped text, <mark> tags only.
import { normalize } from '../../indexer/analysis/index.ts';

/** A clause's text marked for display. */
export interface Highlighted {
  /** The whole text, HTML-escaped, with `<mark>` around each match. */
  readonly highlight: string;
  /** At most {@link SNIPPET_CHARS} characters around the densest cluster of matches, marked; `…` where cut. */
  readonly snippet: string;
  /** The marked spans, as offsets into the text. */
  readonly marks: ReadonlyArray<{ start: number; end: number }>;
}

/** Longest snippet, in characters of the original text. */
export const SNIPPET_CHARS = 160;
const CONTEXT_BEFORE = 24;

/**
 * Finds every occurrence of the given needles (normalised strings) in `text` and marks the original
 * characters they came from: a traditional or full-width original is marked where it stands.
 * Needles are matched on the normalised text, so they are found however the text is written.
 * `spans` are marked too (an answer's offsets in `text`). Removing the tags and unescaping the
 * highlight gives back `text` exactly.
 * @example highlightText('推进一致性評價', ['一致性评价']).highlight === '推进<mark>一致性評價</mark>'
 */
export function highlightText(
  text: string,
  needles: readonly string[],
  spans: ReadonlyArray<{ start: number; end: number }> = [],
): Highlighted {
  const marks = mergeSpans([
    ...findMarks(text, needles),
    ...spans.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start),
  ]);
  return { highlight: render(text, marks, 0, text.length), snippet: snippet(text, marks), marks };
}

function findMarks(text: string, needles: readonly string[]): Array<{ start: number; end: number }> {
  const wanted = [...new Set(needles.filter((n) => n.length > 0))];
  if (wanted.length === 0) return [];
  const n = normalize(text);
  const spans: Array<{ start: number; end: number }> = [];
  for (const needle of wanted) {
    for (let at = n.text.indexOf(needle); at >= 0; at = n.text.indexOf(needle, at + 1)) {
      spans.push({ start: n.starts[at] as number, end: n.ends[at + needle.length - 1] as number });
    }
  }
  return spans;
}

function mergeSpans(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function render(text: string, marks: ReadonlyArray<{ start: number; end: number }>, from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from),
      e = Math.min(m.end, to);
    out += escapeHtml(text.slice(pos, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    pos = e;
  }
  return out + escapeHtml(text.slice(pos, to));
}

// The window of SNIPPET_CHARS that holds the most marks, starting a little before its first mark,
// never cutting a mark in two.
function snippet(text: string, marks: ReadonlyArray<{ start: number; end: number }>): string {
  if (text.length <= SNIPPET_CHARS) return render(text, marks, 0, text.length);
  let best = { from: 0, count: -1 };
  for (const anchor of marks.length > 0 ? marks : [{ start: 0, end: 0 }]) {
    let from = Math.max(0, anchor.start - CONTEXT_BEFORE);
    if (from + SNIPPET_CHARS > text.length) from = Math.max(0, text.length - SNIPPET_CHARS);
    const to = from + SNIPPET_CHARS;
    const count = marks.filter((m) => m.start >= from && m.end <= to).length;
    if (count > best.count) best = { from, count };
  }
  let from = best.from;
  let to = Math.min(text.length, from + SNIPPET_CHARS);
  for (const m of marks) {
    if (m.start < to && m.end > to) to = m.start;
    if (m.start < from && m.end > from) from = m.end;
  }
  return (from > 0 ? '…' : '') + render(text, marks, from, to) + (to < text.length ? '…' : '');
}
