// Whether a span reads as a name or noun phrase on its own: what an answer to which/what is.
import { tagWords } from '../../indexer/analysis/index.ts';

// Word classes a noun phrase ends in (jieba's tags): nouns of every kind, abbreviations, set
// phrases, idioms, verbal nouns, Latin words, numerals with their classifiers (三级, 两届).
const NOUN_END = /^(n|nr|ns|nt|nz|ng|nrt|nrfg|j|l|i|vn|an|eng|x|q|m|mq)$/;
// Marks a phrase may open or close with: quotes and book-title marks (“凤凰行动”, 《药品管理法》).
const OPEN = /^[“‘"「『《(（]/;
const CLOSE = /[”’"」』》)）]$/;
const PUNCT = /^[\p{P}\s]/u;
const PUNCT_END = /[\p{P}\s]$/u;
// A clause's own punctuation inside a span: the span runs over a phrase boundary (outside quotes).
const INNER = /[，,；;：:。！？]/;
// Word classes a name does not open with: verbs, adverbs, prepositions, conjunctions, particles
// (布局建设高级别实验室 is what is done, 高级别实验室 the thing).
const NOT_OPENING = /^(v|d|p|c|u|uj|ul|uz|ud|ug|uv|r)$/;

/**
 * How well a span's text reads as a noun phrase, 0..1: 0 when it opens or closes on punctuation
 * other than a quote or book-title mark, half when it runs over a comma or colon outside quotes,
 * a third when its last word is not a noun, and half when its first word is a verb, adverb,
 * preposition, conjunction, particle or pronoun (布局建设高级别实验室 reads as what is done); a
 * quarter when it starts or ends inside a word of its sentence (链联盟 inside 产业链联盟).
 */
export function phraseShape(text: string, atWordEdges = true): number {
  const t = text.trim();
  if (t.length === 0) return 0;
  if ((PUNCT.test(t) && !OPEN.test(t)) || (PUNCT_END.test(t) && !CLOSE.test(t))) return 0;
  if (!atWordEdges) return 0.25;
  const unquoted = t.replace(/[“‘"「『《][^”’"」』》]*[”’"」』》]/g, '');
  let score = INNER.test(unquoted) ? 0.5 : 1;
  const words = tagWords(t);
  if (!CLOSE.test(t)) {
    const last = words.at(-1);
    if (last && !NOUN_END.test(last.tag)) score /= 3;
  }
  const first = words[0];
  if (!OPEN.test(t) && first && words.length > 1 && NOT_OPENING.test(first.tag)) score /= 2;
  return score;
}

/** Where a sentence's words start and end (jieba's cut): 0, then each word's end. */
export function wordEdges(sentence: string): ReadonlySet<number> {
  const edges = new Set<number>([0]);
  let pos = 0;
  for (const w of tagWords(sentence)) edges.add((pos += w.word.length));
  return edges;
}
