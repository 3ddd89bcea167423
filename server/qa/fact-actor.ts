// Who acts by a figure: a rule writes several deadlines in one article, each of its own actor
// (企业…应当在变更后30个工作日内申请…。原发证部门应当在5个工作日内完成…). A question asks for one
// actor's (医疗器械生产企业…应当在多少个工作日内): the figure whose sentence names that actor before
// its 应当 answers, not the one whose sentence names it after, as whom the act is owed to.
import { QUESTION_WORDS as W } from './words.ts';

const SENTENCE_END = /[；;。！？?!\n]/;

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = Math.min(at, text.length);
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  return { start, end };
}

/**
 * The words of the sentence around `at` before its last word of obligation (应当, 必须…) before
 * `at`: what names who must act. Undefined when no such word stands there.
 */
export function actorBefore(text: string, at: number): string | undefined {
  const { start } = sentenceAround(text, at);
  const before = text.slice(start, at);
  let word = -1;
  for (const w of W.obliged.zh) word = Math.max(word, before.lastIndexOf(w));
  return word < 0 ? undefined : before.slice(0, word);
}

/**
 * The actor a Chinese question asks about: the first of the nouns rules address (企业, 部门, 机关…)
 * written before its own 应当 (医疗器械生产企业名称变更后，应当… gives 企业). Undefined when it
 * names none there.
 */
export function askedActor(norm: string): string | undefined {
  const question = norm.replace(/[？?。！!\s]+$/u, '');
  const who = actorBefore(question, question.length);
  if (!who) return undefined;
  let first: { at: number; noun: string } | undefined;
  for (const noun of W.obliged.actors) {
    const at = who.indexOf(noun);
    // Of two nouns at one place (医疗机构 and 机构), the longer.
    if (at >= 0 && (!first || at < first.at || (at === first.at && noun.length > first.noun.length)))
      first = { at, noun };
  }
  return first?.noun;
}

/**
 * Whether the figure at `at` in `text` is the act of `actor`: 1 when its sentence names the actor
 * before its 应当, -1 when its sentence has a 应当 and names the actor only after it (whom the act is
 * owed to), 0 when there is no actor asked about or no 应当 before the figure.
 */
export function actorAgreement(actor: string | undefined, text: string, at: number): number {
  if (!actor) return 0;
  const who = actorBefore(text, at);
  if (who === undefined) return 0;
  if (who.includes(actor)) return 1;
  const { start, end } = sentenceAround(text, at);
  return text.slice(start, end).includes(actor) ? -1 : 0;
}
