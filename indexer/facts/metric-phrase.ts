// The words that say what a figure measures: a phrase with its framing verbs, scopes and times trimmed.
import { tagWords } from '../analysis/segment-chinese.ts';
import { FIGURE_CUES } from '../figures/cues.ts';
import { metricHeads } from '../figures/metrics.ts';
import { findTimes } from '../figures/time.ts';

// Parts of speech that frame a figure rather than name what it measures: verbs, adverbs,
// prepositions, conjunctions, particles, pronouns, numerals, measure words, locatives, times.
const FRAME_TAGS = new Set([
  'v',
  'vd',
  'd',
  'ad',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'r',
  'm',
  'mq',
  'q',
  'f',
  't',
  'y',
  'e',
]);
const EDGE_PUNCTUATION = /^[\s，,、；;：:。（）()的与和及]+|[\s，,、；;：:。（）()的与和及]+$/g;
// A relative time at the start (五年内, 每年, 三年来) frames the figure too.
const RELATIVE_TIME = /^(?:[一二两三四五六七八九十\d]+年(?:内|来|间)?|每年|年均)/;

let metricWords: readonly string[] | undefined;

// The characters of `text` inside a word that names a metric: they are never trimmed, whatever
// jieba tags them or however it cuts them (增速/v; 占比 cut into 占 + 比).
function protectedChars(text: string): boolean[] {
  metricWords ??= metricHeads().flatMap((m) => m.words);
  const out = new Array<boolean>(text.length).fill(false);
  for (const word of metricWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = at; k < at + word.length; k++) out[k] = true;
    }
  }
  return out;
}

function framing(word: string, tag: string): boolean {
  return FIGURE_CUES.frames.has(word) || FIGURE_CUES.scopes.has(word) || FRAME_TAGS.has(tag);
}

/**
 * Trims `raw` (the words beside a figure) down to what the figure measures: times (到2025年),
 * edge punctuation, and at both edges the words that frame a figure (达到, 力争, 全省, 年) by the
 * cue list and by jieba's part of speech, never a word that names a metric. Empty when nothing but
 * framing is left.
 * @example metricPhrase('到2026年，全省医药产业链营业收入力争达到') === '医药产业链营业收入'
 */
export function metricPhrase(raw: string): string {
  let text = raw;
  for (const t of findTimes(raw).reverse()) text = `${text.slice(0, t.start)} ${text.slice(t.end)}`;
  const tail = (text.split(/[，,；;：:。]/).pop() ?? text)
    .replace(EDGE_PUNCTUATION, '')
    .trim()
    .replace(RELATIVE_TIME, '');
  const keep = protectedChars(tail);
  let pos = 0;
  const words = tagWords(tail).map((w) => {
    const start = pos;
    pos += w.word.length;
    return { ...w, trimmable: framing(w.word, w.tag) && !keep.slice(start, pos).some(Boolean) };
  });
  let from = 0;
  let to = words.length;
  while (from < to && words[from]?.trimmable) from++;
  while (to > from && words[to - 1]?.trimmable) to--;
  return words
    .slice(from, to)
    .map((w) => w.word)
    .join('')
    .replace(EDGE_PUNCTUATION, '')
    .trim();
}
