// Finds the corpus' own multi-character terms that jieba cuts apart, for the user dictionary.
import { normalize } from './normalize.ts';
import { cutWords, tagWords } from './segment-chinese.ts';
import { CHINESE_STOPWORDS } from './stopwords.ts';

/** A candidate dictionary word with its evidence. */
export interface DiscoveredTerm {
  readonly word: string;
  readonly freq: number;
  readonly docs: number;
  /** Entropy of the characters seen before and after it: high when it stands free. */
  readonly leftEntropy: number;
  readonly rightEntropy: number;
}

/** Thresholds of term discovery. */
export interface DiscoveryOptions {
  readonly minLength: number;
  readonly maxLength: number;
  /** Occurrences needed; a term in one document only needs `minFreqSingleDoc`. */
  readonly minFreq: number;
  readonly minFreqSingleDoc: number;
  readonly minEntropy: number;
  /** Share of occurrences that start and end on jieba word boundaries. */
  readonly minAligned: number;
}

const DEFAULTS: DiscoveryOptions = {
  minLength: 3,
  maxLength: 7,
  minFreq: 2,
  minFreqSingleDoc: 3,
  minEntropy: 0.8,
  minAligned: 0.8,
};
// Characters that rarely begin or end a term: particles, conjunctions, measure words, verbs of linking.
const EDGE_CHARS = new Set(
  [
    ...'的了和与及或等在是为对以于把被将并而之其从向由至到也又就都还更这那此该各每个有无不要能可会让使给着上下中内外年月日省市县',
  ].concat([...CHINESE_STOPWORDS].filter((w) => w.length === 1)),
);
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Finds terms by how they occur, not from a list: character sequences of 3 to 7 characters that
 * recur, stand free (varied neighbours on both sides: branching entropy), do not begin or end with a
 * function character, and that jieba's own dictionary cuts into pieces. A term contained in a longer
 * one that occurs as often is dropped (it is only ever part of the longer one).
 * @param texts the documents' texts
 */
export function discoverTerms(texts: readonly string[], options: Partial<DiscoveryOptions> = {}): DiscoveredTerm[] {
  const o = { ...DEFAULTS, ...options };
  const stats = new Map<
    string,
    { freq: number; docs: Set<number>; left: Map<string, number>; right: Map<string, number> }
  >();
  // Where jieba's own dictionary puts word boundaries: a term starts and ends on them.
  const aligned = new Map<string, number>();
  texts.forEach((text, doc) => {
    for (const m of normalize(text).text.matchAll(HAN_RUN)) {
      const run = m[0];
      const bounds = new Set<number>([0]);
      let at = 0;
      for (const w of cutWords(run)) bounds.add((at += w.length));
      for (let i = 0; i < run.length; i++) {
        for (let n = o.minLength; n <= o.maxLength && i + n <= run.length; n++) {
          const w = run.slice(i, i + n);
          let s = stats.get(w);
          if (!s) {
            s = { freq: 0, docs: new Set(), left: new Map(), right: new Map() };
            stats.set(w, s);
          }
          s.freq++;
          s.docs.add(doc);
          if (bounds.has(i) && bounds.has(i + n)) aligned.set(w, (aligned.get(w) ?? 0) + 1);
          // A run boundary (punctuation) counts as a distinct neighbour each time: it frees the term.
          const l = i > 0 ? (run[i - 1] as string) : `^${s.freq}`;
          const r = i + n < run.length ? (run[i + n] as string) : `$${s.freq}`;
          s.left.set(l, (s.left.get(l) ?? 0) + 1);
          s.right.set(r, (s.right.get(r) ?? 0) + 1);
        }
      }
    }
  });
  const found: DiscoveredTerm[] = [];
  for (const [word, s] of stats) {
    if (s.freq < (s.docs.size > 1 ? o.minFreq : o.minFreqSingleDoc)) continue;
    if (EDGE_CHARS.has(word[0] as string) || EDGE_CHARS.has(word[word.length - 1] as string)) continue;
    if ((aligned.get(word) ?? 0) < s.freq * o.minAligned) continue;
    const leftEntropy = entropy(s.left),
      rightEntropy = entropy(s.right);
    if (leftEntropy < o.minEntropy || rightEntropy < o.minEntropy) continue;
    if (cutWords(word).length < 2 || !looksLikeTerm(word)) continue;
    found.push({ word, freq: s.freq, docs: s.docs.size, leftEntropy, rightEntropy });
  }
  const byWord = new Map(found.map((t) => [t.word, t]));
  // A term one character longer than a more frequent term is that term with a neighbour stuck on
  // (药 + 一致性评价): keep the term, not the accident.
  const accretion = (t: DiscoveredTerm) =>
    [t.word.slice(1), t.word.slice(0, -1)].some((u) => (byWord.get(u)?.freq ?? 0) > t.freq);
  return found
    .filter((t) => !accretion(t))
    .filter(
      (t) =>
        ![...byWord.values()].some(
          (u) => u.word.length > t.word.length && u.freq === t.freq && u.word.includes(t.word),
        ),
    )
    .sort((a, b) => b.freq - a.freq || a.word.localeCompare(b.word, 'zh'));
}

// A term names a thing: a phrase that opens with a verb, adverb or adjective (鼓励企业, 加快推进) or
// holds a numeral or measure word (建设一批, 万元奖励) is a phrase, not a term; unless part of it is
// unknown to jieba (集中 + 带量 + 采购), which is what marks the field's own coinages.
const PHRASE_OPENERS = new Set(['v', 'd', 'p', 'c', 'a', 'ad', 'r', 'u']);
const PHRASE_CLOSERS = new Set(['p', 'd', 'c', 'u', 'r', 'f', 'ul', 'uj']);
function looksLikeTerm(word: string): boolean {
  const tags = tagWords(word);
  if (tags.some((t) => t.tag === 'm' || t.tag === 'q' || t.tag === 'mq')) return false;
  const first = tags[0];
  if (first && PHRASE_OPENERS.has(first.tag) && !tags.some((t) => t.tag === 'x')) return false;
  const last = tags[tags.length - 1];
  return !(last && PHRASE_CLOSERS.has(last.tag));
}

function entropy(counts: Map<string, number>): number {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log2(c / total);
  return h;
}
