// What 多少/几 asks about, from its place in the sentence (jieba's parts of speech), not from which nouns occur.
import { tagWords } from '../../indexer/analysis/index.ts';
import { FIGURE_CUES, mentions } from '../../indexer/figures/index.ts';
import type { WantedKind } from './question-measure.ts';
import { QUESTION_WORDS as W } from './words.ts';

/** What the grammar of a Chinese number question says of the figure it asks for. */
export interface AskedFocus {
  /** The noun phrase 多少 counts (多少家示范企业) or measures (营业收入目标是多少), as written. */
  readonly phrase?: string;
  /** The classifier or unit right after 多少 (家, 倍, 人). */
  readonly unit?: string;
  /** Money granted (奖励多少) or a bar (超过多少的项目, 投资要超过多少). */
  readonly want?: WantedKind;
  /** The phrase is the noun right after the question word (处多少罚款): it alone says what is asked. */
  readonly named?: boolean;
}

type Tagged = { word: string; tag: string };

const NOUN = /^(n|nz|vn|j|l|nt|ng|an|eng|x|b|a)$/;
const PUNCT = /^[，,。？?！!；;：:、（）()]$/;
const ASKING = /^(多少|几)(.*)$/;
const CLAUSE_END = /^[，,。？?！!；;]$/;

function isNoun(t: Tagged | undefined): boolean {
  return t !== undefined && NOUN.test(t.tag) && !PUNCT.test(t.word) && !W.grammar.skipped.has(t.word);
}

// The run of nouns ending at `end` (inclusive), read backwards: 中药产业链营业收入目标.
function nounsBefore(tags: readonly Tagged[], end: number): string {
  let k = end;
  while (k >= 0 && isNoun(tags[k])) k--;
  return tags
    .slice(k + 1, end + 1)
    .map((t) => t.word)
    .join('');
}

function nounsAfter(tags: readonly Tagged[], start: number): string {
  let k = start;
  const words: string[] = [];
  while (k < tags.length && (isNoun(tags[k]) || (tags[k]?.tag === 'v' && words.length > 0 && isNoun(tags[k + 1])))) {
    words.push((tags[k] as Tagged).word);
    k++;
  }
  return words.join('');
}

/**
 * Reads what the question word of a Chinese number question attaches to: a classifier and the
 * noun after it (多少家示范企业: 家, 示范企业); a noun right after it (处多少罚款); 的 and a noun after
 * it, a bar (超过多少的项目); else,
 * at the end, the verb or noun before it past 是/为/最高…: a grant verb asks for money granted
 * (最高奖励多少), a bar verb for a bar (投资要超过多少), a noun for that noun (人数一般为多少).
 */
export function askedFocus(text: string): AskedFocus {
  const tags = tagWords(text);
  const at = tags.findIndex((t) => ASKING.test(t.word));
  if (at < 0) return {};
  const joined = ASKING.exec((tags[at] as Tagged).word)?.[2] ?? '';
  const next = tags[at + 1];
  const unit = joined || classifierOf(next);
  if (unit) {
    // 多少家示范企业 names what it counts after the classifier, 多少家营业收入超10亿元的企业 after
    // the 的 that ends its qualifier; 企业多少家 before the question word.
    const from = at + (joined ? 1 : 2);
    const of = qualifierEnd(tags, from);
    const phrase = nounsAfter(tags, of ?? from) || nounsBefore(tags, at - 1);
    return { unit, ...(phrase ? { phrase } : {}) };
  }
  // 多少 before a noun asks for that noun's amount (处多少罚款, 多少经费).
  const named = isNoun(next) ? nounsAfter(tags, at + 1) : '';
  if (named) return { phrase: named, named: true };
  return beforeQuestionWord(tags, at, next?.word === '的');
}

// The classifier a word after the question word is: a word jieba tags as one or one of the data's
// count words (jieba tags 家 as a noun), or the first character of an unknown word it was glued to
// (多少家年营业收入 cut 多少/家年/营业收入).
function classifierOf(next: Tagged | undefined): string | undefined {
  if (!next) return undefined;
  if (next.tag === 'q' || W.units.zhCount.includes(next.word)) return next.word;
  const first = next.word.charAt(0);
  return next.tag === 'x' && W.units.zhCount.includes(first) ? first : undefined;
}

// Where a qualifier after a classifier ends: the word after its 的 (多少家|营业收入超10亿元的|企业),
// when one comes before the end of the clause.
function qualifierEnd(tags: readonly Tagged[], from: number): number | undefined {
  for (let k = from; k < tags.length && !CLAUSE_END.test(tags[k]?.word ?? '。'); k++) {
    if (tags[k]?.word === '的') return k + 1;
  }
  return undefined;
}

// 多少 with no classifier: what comes before it, past 是/为/最高…, says what it asks about.
function beforeQuestionWord(tags: readonly Tagged[], at: number, ofFollows: boolean): AskedFocus {
  let k = at - 1;
  let bar = false;
  const passed = (t: Tagged | undefined) =>
    t !== undefined && (W.grammar.skipped.has(t.word) || W.grammar.bars.has(t.word));
  while (k >= 0 && passed(tags[k])) {
    if (W.grammar.bars.has((tags[k] as Tagged).word)) bar = true;
    k--;
  }
  const head = tags[k];
  const phrase = nounsBefore(tags, k);
  if (ofFollows) return { want: 'threshold', ...(phrase ? { phrase } : {}) };
  if (head && mentions(head.word, FIGURE_CUES.support)) return { want: 'support' };
  return { ...(bar ? { want: 'threshold' as const } : {}), ...(phrase ? { phrase } : {}) };
}
