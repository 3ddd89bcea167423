// Sentences of a text, and the structures inside one that tie figures to their words.
import { cutWords } from '../analysis/segment-chinese.ts';

/** A piece of a text with its offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A sentence of a clause: its offsets in the clause text. */
export type Sentence = TextSpan;

const SENTENCE = /[^。；！？!?;\n]+[。；！？!?;]?/g;

/** The sentences of a text (cut after 。；！？ and at line ends), with offsets. */
export function sentences(text: string): Sentence[] {
  return [...text.matchAll(SENTENCE)]
    .filter((m) => m[0].trim().length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const SEPARATOR = /[、，,；;：:。（(）)]/;

/**
 * The words a figure belongs to: from the last separator before it to the next one after it
 * (省级智能制造示范工厂4家 / 培育10个智能化工厂), not the whole sentence. Offsets as the sentence's.
 */
export function attachment(s: Sentence, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start - s.start;
  while (start > 0 && !SEPARATOR.test(s.text[start - 1] as string)) start--;
  let end = span.end - s.start;
  while (end < s.text.length && !SEPARATOR.test(s.text[end] as string)) end++;
  return { start: s.start + start, end: s.start + end };
}

/**
 * The items of an enumeration that a `分别` figure list answers item by item:
 * `中药、化学药、生物药品、医疗器械产业链营业收入分别达到500亿元、550亿元、50亿元、400亿元`.
 * Returns the items (offsets in the clause, trimmed of the words all items share), the figures
 * they pair with and the whole enumeration, or undefined.
 */
export function respectively<F extends TextSpan & { kind: string }>(
  s: Sentence,
  figures: readonly F[],
): { items: TextSpan[]; values: F[]; enumeration: { start: number; end: number } } | undefined {
  const at = s.text.indexOf('分别');
  if (at < 0) return undefined;
  const values = figures.filter((f) => f.start - s.start > at && f.kind === 'figure');
  // The values: consecutive figures after 分别 joined by 、
  const run: F[] = [];
  for (const v of values) {
    const prev = run[run.length - 1];
    if (!prev || /^[、，,和及]$/.test(s.text.slice(prev.end - s.start, v.start - s.start))) run.push(v);
    else break;
  }
  if (run.length < 2) return undefined;
  // The items: the enumeration just before 分别, whose parts are separated by 、.
  const head = s.text.slice(0, at);
  const clauseStart = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('：'), -1) + 1;
  const parts = head.slice(clauseStart).split('、');
  if (parts.length !== run.length) return undefined;
  const items: TextSpan[] = [];
  let pos = s.start + clauseStart;
  for (const part of parts) {
    items.push({ start: pos, end: pos + part.length, text: part });
    pos += part.length + 1;
  }
  // The last item carries the words shared by all (医疗器械 + 产业链营业收入), the first may carry a
  // shared lead (全省 + 中药): keep of each only as much as the other items are long.
  const inner = items.slice(1, -1).map((i) => i.text.length);
  const longest = Math.max(2, ...inner) + 1;
  const trim = (item: TextSpan, fromEnd: boolean): TextSpan => {
    const words = cutWords(item.text);
    let kept = 0;
    for (const w of fromEnd ? [...words].reverse() : words) {
      if (kept > 0 && kept + w.length > longest) break;
      kept += w.length;
    }
    return fromEnd
      ? { ...item, start: item.end - kept, text: item.text.slice(-kept) }
      : { ...item, end: item.start + kept, text: item.text.slice(0, kept) };
  };
  items[0] = trim(items[0] as TextSpan, true);
  items[items.length - 1] = trim(items[items.length - 1] as TextSpan, false);
  return { items, values: run, enumeration: { start: s.start + clauseStart, end: s.start + at } };
}
