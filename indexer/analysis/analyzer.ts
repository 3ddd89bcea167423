// The only tokenizer in the repository: documents, queries and highlights all pass through here.
import { cutWords, loadChineseSegmenter, segmenterFingerprint, subWords } from './segment-chinese.ts';
import { LATIN_TOKEN, isFigure, latinParts } from './segment-latin.ts';
import { JOINED_UNITS } from './units.ts';
import { normalize, type Normalized } from './normalize.ts';
import { isStopword } from './stopwords.ts';

export { normalize, isHan } from './normalize.ts';
export type { Normalized } from './normalize.ts';

/** Bumped whenever a change here would cut the same text into other terms. */
export const ANALYZER_VERSION = 6;

/** One term of analysed text and the span of the original text it stands for. */
export interface Token {
  readonly term: string;
  /** Offsets into the original (un-normalised) text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** A piece found inside a longer token (集中带量采购 -> 带量采购; 1500亿元 -> 1500); for recall. */
  readonly sub?: true;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const SEGMENTS = new RegExp(`(\\p{Script=Han}+)|(${LATIN_TOKEN.source})`, 'gu');

/** Loads the segmenter's dictionaries now (about a second); call once at start-up. */
export function loadAnalyzer(): void {
  loadChineseSegmenter();
}

/** Identifies this analyzer and its dictionaries, recorded in and checked against every index. */
export function analyzerFingerprint(): string {
  return `v${ANALYZER_VERSION}-${segmenterFingerprint()}`;
}

/**
 * Splits `text` into normalised terms with their offsets in `text`: jieba words for Han runs (with
 * their dictionary sub-words), Latin words and codes (with their parts), figures joined to a
 * following unit (1500亿元, also 1500 and 亿元). Stop words and punctuation are dropped.
 * Never throws on any string.
 * @example analyze('推进集中帶量採購').map((t) => t.term) -> ['推进', '集中带量采购', '集中', '带量采购', '采购']
 */
export function analyze(text: string): Token[] {
  return analyzeNormalized(normalize(text));
}

/** As {@link analyze}, for text already passed through {@link normalize}. */
export function analyzeNormalized(n: Normalized): Token[] {
  const tokens: Token[] = [];
  const span = (from: number, to: number) => ({ start: n.starts[from] as number, end: n.ends[to - 1] as number });
  const push = (term: string, from: number, to: number, sub?: true) => {
    if (isStopword(term)) return;
    tokens.push(sub ? { term, ...span(from, to), sub } : { term, ...span(from, to) });
  };
  // A figure waits for the next word: with a unit right after it, the pair is the term (1500亿元)
  // and each part a sub-word; otherwise the figure is a term of its own.
  let pendingFigure: { term: string; from: number; to: number } | undefined;
  const flushFigure = () => {
    if (pendingFigure) push(pendingFigure.term, pendingFigure.from, pendingFigure.to);
    pendingFigure = undefined;
  };
  for (const m of n.text.matchAll(SEGMENTS)) {
    const at = m.index;
    if (m[1] !== undefined) {
      let pos = at;
      for (const word of cutWords(m[1])) {
        const from = pos;
        pos += word.length;
        if (pendingFigure && from === pendingFigure.to && JOINED_UNITS.has(word)) {
          push(pendingFigure.term + word, pendingFigure.from, pos);
          push(pendingFigure.term, pendingFigure.from, pendingFigure.to, true);
          push(word, from, pos, true);
          pendingFigure = undefined;
          continue;
        }
        flushFigure();
        push(word, from, pos);
        if (word.length > 2) for (const sub of subWordSpans(word, from)) push(sub.term, sub.from, sub.to, true);
      }
    } else {
      flushFigure();
      const term = m[0];
      const to = at + term.length;
      if (isFigure(term)) pendingFigure = { term, from: at, to };
      else push(term, at, to);
      for (const part of latinParts(term)) {
        const offset = term.indexOf(part);
        push(part, at + offset, at + offset + part.length, true);
      }
    }
  }
  flushFigure();
  return tokens;
}

function subWordSpans(word: string, from: number): Array<{ term: string; from: number; to: number }> {
  const out: Array<{ term: string; from: number; to: number }> = [];
  let searchFrom = 0;
  for (const sub of subWords(word)) {
    const offset = word.indexOf(sub, Math.min(searchFrom, word.length));
    const found = offset >= 0 ? offset : word.indexOf(sub);
    if (found < 0) continue;
    searchFrom = found;
    out.push({ term: sub, from: from + found, to: from + found + sub.length });
  }
  return out;
}

/**
 * Terms for exact-match candidate lookup: every Han character and pair of adjacent Han characters
 * of the normalised text, and every Latin token with its parts. A phrase's clauses are found by
 * intersecting its own grams, then confirmed by a substring check, so recall never depends on how
 * jieba happened to cut the text.
 */
export function grams(normalizedText: string): string[] {
  const out = new Set<string>();
  for (const m of normalizedText.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let k = 0; k < run.length; k++) {
      out.add(run[k] as string);
      if (k + 1 < run.length) out.add(run.slice(k, k + 2));
    }
  }
  for (const m of normalizedText.matchAll(LATIN_TOKEN)) {
    out.add(m[0]);
    for (const part of latinParts(m[0])) out.add(part);
  }
  return [...out];
}

/**
 * The grams a phrase's clauses must all contain: its Han pairs (or its single characters when a run
 * is one character long) and its Latin tokens. Latin tokens match as prefixes (see search).
 */
export function phraseGrams(normalizedPhrase: string): string[] {
  const out = new Set<string>();
  for (const m of normalizedPhrase.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length === 1) out.add(run);
    for (let k = 0; k + 1 < run.length; k++) out.add(run.slice(k, k + 2));
  }
  // A Latin token at the start of a phrase may be the end of a longer one (022 in 2022): it says
  // nothing certain about the clause's tokens, so only the other grams narrow the search. A phrase
  // that is one Latin token matches at token starts (gm finds GMP, mp does not).
  const latin = [...normalizedPhrase.matchAll(LATIN_TOKEN)];
  latin.forEach((m, k) => {
    if (k === 0 && m.index === 0 && (out.size > 0 || latin.length > 1)) return;
    out.add(m[0]);
  });
  return [...out];
}
