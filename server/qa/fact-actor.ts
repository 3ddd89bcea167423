// Who acts by a figure: a rule writes several deadlines in one article, each of its own actor
// (企业…应当在变更后30个工作日内申请…。原发证部门应当在5个工作日内完成…). A question asks for one
// actor's (医疗器械生产企业…应当在多少个工作日内): the figure whose sentence names that actor as who
// must act answers, not the one whose sentence names it elsewhere, as whom the act is owed to.
import { QUESTION_WORDS as W } from './words.ts';

const SENTENCE_END = /[；;。！？?!\n]/;
const PART_END = /[，,：:]/;

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = Math.min(at, text.length);
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

/** The first of the nouns rules address (企业, 部门, 机关…) that `text` writes, by where it ends. */
function firstActor(text: string): string | undefined {
  let first: { end: number; noun: string } | undefined;
  for (const noun of W.obliged.actors) {
    const at = text.indexOf(noun);
    const end = at + noun.length;
    // Of two nouns ending at one place (医疗机构 and 机构), the longer.
    if (at >= 0 && (!first || end < first.end || (end === first.end && noun.length > first.noun.length)))
      first = { end, noun };
  }
  return first?.noun;
}

/**
 * Who must act by the last word of obligation (应当, 必须…) before `at` in its sentence: the first
 * actor noun at the head of that word's part of the sentence (审查机构 in 申请人提交材料后，审查机构应当…),
 * else, when that part names none (…变更的，应当在…), at the head of the sentence. Undefined when no
 * such word stands before `at`, or no actor is named where it looks.
 */
export function actorBefore(text: string, at: number): string | undefined {
  const { start } = sentenceAround(text, at);
  const before = text.slice(start, at);
  let word = -1;
  for (const w of W.obliged.zh) word = Math.max(word, before.lastIndexOf(w));
  if (word < 0) return undefined;
  const head = before.slice(0, word);
  const parts = head.split(PART_END);
  return firstActor(parts.at(-1) ?? '') ?? firstActor(parts[0] ?? '');
}

/** The actor a Chinese question asks about: who must act by its own 应当 (see actorBefore). */
export function askedActor(norm: string): string | undefined {
  const question = norm.replace(/[\p{P}\s]+$/u, '');
  return actorBefore(question, question.length);
}

/**
 * Whether the figure at `at` in `text` is the act of `actor`: 1 when its sentence names the actor as
 * who must act before the figure, -1 when it names another there and the actor only elsewhere in the
 * sentence (whom the act is owed to), 0 when no actor is asked about or none is named as acting.
 */
export function actorAgreement(actor: string | undefined, text: string, at: number): number {
  if (!actor) return 0;
  const who = actorBefore(text, at);
  if (who === undefined) return 0;
  if (who === actor || who.endsWith(actor) || actor.endsWith(who)) return 1;
  const { start, end } = sentenceAround(text, at);
  return text.slice(start, end).includes(actor) ? -1 : 0;
}
