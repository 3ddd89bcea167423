// A Chinese question read as a sentence with a gap (吉林支持辽源以__为特色): the words around its
// question word, and how well they stand around a span of a document's sentence.
import { tagWords } from '../../indexer/analysis/index.ts';
import type { Sentence } from '../../indexer/figures/index.ts';
import type { Span } from './spans.ts';
import { QUESTION_WORDS as W } from './words.ts';

/** The words before and after a question's question word. */
export interface GapFrame {
  /** The question up to its question word (吉林支持辽源以). */
  readonly left: string;
  /** The question after its question word (为特色), without the closing particle and mark. */
  readonly right: string;
  /**
   * The question word stands before a noun (哪个转化医学研究机构, 什么颜色): the answer is a noun
   * phrase the noun may end (江西省转化医学研究院) or that the noun only classifies (红色).
   */
  readonly determiner: boolean;
}

/** The shortest run of a question's words that counts as standing next to a span. */
const MIN_ANCHOR = 2;
/** Anchors longer than this say no more: alignment is capped there, on each side. */
const FULL_ANCHOR = 4;
/** Characters allowed between an anchor and a span (的, 在, a space). */
const SLACK = 1;
/** The longest span a gap yields. */
const MAX_GAP = 24;
/** The longest run of the question's words looked for as an anchor. */
const MAX_ANCHOR = 12;
// The question words that stand for a thing (哪 alone and 谁 too), longest first so 哪几个 beats 哪几.
const QUESTION_WORD = [...W.asked.zh, '谁', '哪']
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const FIND = new RegExp(QUESTION_WORD.join('|'));
// A question's closing particles and marks (呢？), which no document writes after its answer.
const CLOSING = /[呢吗啊呀]?[？?。！!\s]*$/;
const NOUN = /^(n|nr|ns|nt|nz|nrt|ng|nrfg|j|vn|an|l|i|x|eng)$/;
// Question words that always stand before the noun they ask about (哪个机构, 何种制度).
const DETERMINER = /^(?:哪[个种类些家所座项条几一]|何种|什么样)/;
// Words a name is made of besides nouns: adjectives, distinguishing words, numerals, classifiers,
// places, directions, morphemes (热敏灸 is 热敏/灸).
const NAME_PART = /^(a|b|m|q|s|f|ns|g)$/;
const PUNCTUATION = /^[\p{P}\s]+$/u;

/** The gap frame of a Chinese question, or undefined when it has no question word for a thing. */
export function gapFrame(norm: string): GapFrame | undefined {
  const m = FIND.exec(norm);
  if (!m) return undefined;
  const left = norm.slice(0, m.index);
  const right = norm.slice(m.index + m[0].length).replace(CLOSING, '');
  if (left.length < MIN_ANCHOR && right.length < MIN_ANCHOR) return undefined;
  const first = tagWords(right)[0];
  const determiner = right.length > 0 && (DETERMINER.test(m[0]) || (first !== undefined && NOUN.test(first.tag)));
  return { left, right, determiner };
}

// The length of the longest suffix of `phrase` that `text` writes ending at `end` (give or take SLACK).
function suffixAt(phrase: string, text: string, end: number): number {
  let best = 0;
  for (let e = end; e >= Math.max(0, end - SLACK); e--) {
    let n = 0;
    while (n < phrase.length && n < e && phrase[phrase.length - 1 - n] === text[e - 1 - n]) n++;
    best = Math.max(best, n);
  }
  return best >= MIN_ANCHOR ? best : 0;
}

// The length of the longest prefix of `phrase` that `text` writes from `start` (give or take SLACK).
function prefixAt(phrase: string, text: string, start: number): number {
  let best = 0;
  for (let s = start; s <= Math.min(text.length, start + SLACK); s++) {
    let n = 0;
    while (n < phrase.length && s + n < text.length && phrase[n] === text[s + n]) n++;
    best = Math.max(best, n);
  }
  return best >= MIN_ANCHOR ? best : 0;
}

// What of the question after its question word a span's end is followed by: the words right after
// the question word, or, when it asks 什么颜色, what follows its noun (用红色标识 for 什么颜色标识).
function rightAnchor(f: GapFrame, text: string, spanStart: number, spanEnd: number): number {
  let best = prefixAt(f.right, text, spanEnd);
  if (!f.determiner) return best;
  // The span ends in the noun asked for, whole or in part (江西省转化医学研究院 for 转化医学研究机构).
  for (let n = Math.min(f.right.length, spanEnd - spanStart - 1); n >= MIN_ANCHOR && n > best; n--) {
    if (text.slice(spanStart, spanEnd).includes(f.right.slice(0, n))) best = n;
  }
  const noun = tagWords(f.right)[0]?.word.length ?? 0;
  return Math.max(best, prefixAt(f.right.slice(noun), text, spanEnd));
}

/**
 * How well a question's words stand around a span of a sentence, 0..1: half for the words before
 * the question word ending where the span starts, half for those after it starting where the span
 * ends (or, after a determiner, inside the span's end), each in full from FULL_ANCHOR characters.
 */
export function gapAlignment(f: GapFrame | undefined, s: Sentence, span: Pick<Span, 'start' | 'end'>): number {
  if (!f) return 0;
  const a = span.start - s.start;
  const b = span.end - s.start;
  const left = suffixAt(f.left, s.text, a);
  const right = rightAnchor(f, s.text, a, b);
  return (Math.min(FULL_ANCHOR, left) + Math.min(FULL_ANCHOR, right)) / (2 * FULL_ANCHOR);
}

// What joins the items of a list of noun phrases (高风险、中风险和低风险).
const JOINER = /^(?:、|和|及|与|以及|或|或者)$/;
const NEGATION = /^[不非未无]$/;

/**
 * Where a noun phrase starting at `from` ends: at punctuation or the first word a name is not made
 * of; a verb inside it counts when a noun follows (转化医学研究院 is 转化/医学/研究院). With `list`,
 * a joiner followed by another noun phrase goes on (第一类精神药品和第二类精神药品), for a question
 * that asks for several.
 */
export function phraseEnd(text: string, from: number, list = false): number {
  let end = from;
  const ws = tagWords(text.slice(from));
  // A negation before a noun is part of the name (优秀、合格、不合格: 不 then 合格).
  const negated = (k: number) => NEGATION.test(ws[k]?.word ?? '') && NOUN.test(ws[k + 1]?.tag ?? '');
  const namePart = (k: number) => NOUN.test(ws[k]?.tag ?? '') || NAME_PART.test(ws[k]?.tag ?? '') || negated(k);
  for (const [k, w] of ws.entries()) {
    const next = ws[k + 1];
    const nameFollows = namePart(k + 1);
    const joins = list && end > from && JOINER.test(w.word) && nameFollows;
    if (PUNCTUATION.test(w.word) && !joins) break;
    const inName = namePart(k) || joins;
    const verbBeforeNoun = /^v/.test(w.tag) && end > from && NOUN.test(next?.tag ?? '');
    if (!inName && !verbBeforeNoun) break;
    end += w.word.length;
    if (end - from >= MAX_GAP) break;
  }
  return end;
}

/**
 * The spans of a sentence that fill a question's gap: the text between where the words before
 * the question word end and where those after it begin (支持辽源以|化学药和梅花鹿产业|为特色), or,
 * with only the words before found, the noun phrase that follows them (打造成|国家医药名城).
 */
export function gapSpans(f: GapFrame | undefined, s: Sentence, list = false): Span[] {
  if (!f) return [];
  const out: Span[] = [];
  const text = s.text;
  for (let n = Math.min(f.left.length, MAX_ANCHOR); n >= MIN_ANCHOR; n--) {
    const anchor = f.left.slice(f.left.length - n);
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      const from = at + n;
      const end = gapEnd(f, text, from) ?? phraseEnd(text, from, list);
      const piece = text.slice(from, end);
      if (piece.length >= 2 && piece.length <= MAX_GAP && !/[。；;！？]/.test(piece)) {
        out.push({ start: s.start + from, end: s.start + end, text: piece, kind: 'name' });
      }
    }
    if (out.length > 0) break;
  }
  return out;
}

// Where the words after the question word begin, after `from` and within MAX_GAP; after a
// determiner, the end of the noun asked for instead (推进建设|江西省转化医学研究|院).
function gapEnd(f: GapFrame, text: string, from: number): number | undefined {
  for (let n = Math.min(f.right.length, MAX_ANCHOR); n >= MIN_ANCHOR; n--) {
    const at = text.indexOf(f.right.slice(0, n), from + 1);
    if (at < 0 || at - from > MAX_GAP) continue;
    if (!f.determiner) return at;
    // To the end of the word the match ends in.
    let len = 0;
    for (const w of tagWords(text.slice(at))) {
      if (len >= n) break;
      len += w.word.length;
    }
    return at + len;
  }
  return undefined;
}
