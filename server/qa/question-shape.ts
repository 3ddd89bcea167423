// What kind of answer a question wants: a number, a place, a name, a date; for one region or each.
import { tagWords } from '../../indexer/analysis/index.ts';
import { metricHeadOf } from '../../indexer/figures/index.ts';
import { QUESTION_WORDS as W, holdsAny } from './words.ts';

/** The answer one region gives to a question. */
export type Shape = 'number' | 'which' | 'what' | 'when' | 'period';

/** The shape of a question. */
export interface QuestionShape {
  readonly shape: Shape;
  /** `regions`: which regions say something (one row each); `compare`: the same asked of each region. */
  readonly spread?: 'regions' | 'compare';
  readonly entity?: 'place' | 'name';
  /** Asks for several (哪些, which … are, plural English nouns). */
  readonly plural: boolean;
  /** Asks how often something is done (多久召开一次, how often): a frequency answers, a duration does not. */
  readonly frequency?: true;
  /** Asks what must or may be done (应当怎么处理, what must a maker do): what a rule says is done answers. */
  readonly action?: true;
  /**
   * Asks how each document puts something (各规划…分别怎么表述, which plans…, and in what form): each
   * region answers in its own words. Never a number question (what do they target, and how many).
   */
  readonly phrasing?: true;
  /** Chinese head nouns of what is asked for (品牌, 联盟, 制度); the last one first. */
  readonly asked: readonly string[];
}

const NOUN_TAGS = /^(n|nr|ns|nt|nz|nrt|ng|j|vn|an|l|i|x|eng)$/;
// Where the noun phrase after a question word ends: a verb, a particle, punctuation.
const ASKED_END = /[，,。？?！!；;：:（(）)]|培育|推进|建设|位于|布局|是|为|有|要|将|在/;

/** The question's answer shape (first match of the data's patterns), else `what`. */
export function shapeOf(norm: string, english: boolean): Shape {
  const types = english ? W.types.en : W.types.zh;
  const matched = types.find(([, re]) => re.test(norm))?.[0];
  if (matched) return matched;
  // No question word, but a metric named (各省2025年医药产业总产值目标): it asks for the figure.
  return !english && metricHeadOf(norm) ? 'number' : 'what';
}

/** What an English question asks for, read before its shape: the Chinese of its asked noun, its number. */
export interface EnglishAsked {
  readonly heads: readonly string[];
  readonly plural: boolean;
  /** It asks which authority or body acts (which body, who): `heads` are the nouns their names end in. */
  readonly actor: boolean;
}

// A generic noun for who acts (机构, 机关) stands for all of them: an authority's name ends in any;
// 谁 may also be a party (单位, 个人). 哪个部门 asks for a 部门.
function withActors(norm: string, heads: readonly string[]): string[] {
  if (norm.includes(W.actors.zhWho)) return [...new Set([...heads, ...W.actors.zh, ...W.actors.parties])];
  const generic = heads.some((h) => W.actors.zhGeneric.includes(h));
  return generic ? [...new Set([...heads, ...W.actors.zh])] : [...heads];
}

// The noun phrase after the question word ends where its verb begins (哪个部门|负责全国…的工作): a
// verb after a noun, followed by at least two more words before the clause ends. A verb with one
// word after it is inside the phrase (哪些传统健身功法: 健身 modifies 功法).
function beforeItsVerb(phrase: string): string {
  const tags = tagWords(phrase);
  let at = 0;
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k] as { word: string; tag: string };
    if (k > 0 && t.tag === 'v' && tags.length - k - 1 >= 2 && NOUN_TAGS.test(tags[k - 1]?.tag ?? '')) {
      return phrase.slice(0, at);
    }
    at += t.word.length;
  }
  return phrase;
}

function askedHeads(norm: string, english: boolean, englishAsked: EnglishAsked): string[] {
  if (english) return [...englishAsked.heads];
  const word = W.asked.zh.find((w) => norm.includes(w));
  if (!word) return withActors(norm, []);
  const after = norm.slice(norm.indexOf(word) + word.length);
  const stop = after.search(ASKED_END);
  const phrase = beforeItsVerb(stop < 0 ? after : after.slice(0, stop));
  const heads: string[] = [];
  for (const part of phrase.split(new RegExp(W.asked.joiners.join('|')))) {
    const nouns = tagWords(part).filter((t) => NOUN_TAGS.test(t.tag) && t.word.length >= 2);
    heads.unshift(...nouns.map((n) => n.word).reverse());
  }
  return withActors(norm, [...new Set(heads)]);
}

function entityOf(asksPlace: boolean): 'place' | 'name' {
  return asksPlace ? 'place' : 'name';
}

// Whether a question asks which regions say something, or the same thing of each region. One that
// asks how the documents put something is asked of each region, named or not (which plans mention
// X, and how).
function spreadOf(norm: string, english: boolean, regionsNamed: number, phrasing: boolean): QuestionShape['spread'] {
  const everyRegion = english ? W.allRegions.en.test(norm) : holdsAny(norm, W.allRegions.zh);
  const regionQuestion = (english ? W.regionQuestion.en : W.regionQuestion.zh).test(norm);
  const several = english ? W.phrasing.severalEn.test(norm) : W.phrasing.severalZh.test(norm);
  const perRegion = everyRegion || regionsNamed >= 2 || (phrasing && several && regionsNamed === 0);
  if (regionQuestion && regionsNamed < 2 && !phrasing) return 'regions';
  return perRegion || (regionQuestion && phrasing) ? 'compare' : undefined;
}

/**
 * Reads the shape of a question: the answer it wants (the data's patterns: 多少 is a number, 哪里 a
 * place, 何时 a date), whether it asks which regions say something (哪些省份…提到) or the same thing
 * of several regions (two regions named, 各省, each province), and the nouns naming what is asked.
 * @param regionsNamed how many regions with documents the question names
 * @param englishAsked for an English question, the Chinese of the words after which/what, and whether
 *   they are plural
 */
export function questionShape(
  norm: string,
  english: boolean,
  regionsNamed: number,
  englishAsked: EnglishAsked,
): QuestionShape {
  const frequency = (english ? W.frequency.en : W.frequency.zh).test(norm);
  // How often is answered by a phrase (每年至少召开一次), as what-questions are, not by a figure.
  const shape = frequency ? 'what' : shapeOf(norm, english);
  const phrasing = shape !== 'number' && (english ? W.phrasing.en : W.phrasing.zh).test(norm);
  const spread = spreadOf(norm, english, regionsNamed, phrasing);
  const asksPlace = (english ? W.place.en : W.place.zh).test(norm);
  const asksThing = shape === 'which' || shape === 'what';
  const entity = asksThing ? entityOf(asksPlace) : undefined;
  const plural = english ? W.several.en.test(norm) || englishAsked.plural : W.several.zh.test(norm);
  return {
    shape,
    ...(spread ? { spread } : {}),
    ...(entity ? { entity } : {}),
    ...(frequency ? { frequency } : {}),
    ...(shape === 'what' && (english ? W.action.en : W.action.zh).test(norm) ? { action: true as const } : {}),
    // Only a question asked of each region is answered in each one's words (哪些措施 alone asks a list).
    ...(phrasing && spread === 'compare' ? { phrasing } : {}),
    plural,
    asked: askedHeads(norm, english, englishAsked),
  };
}
