// Where a sentence names who acts: at the head of one of its clauses (X应当会同Y制定…, （责任部门：X）),
// or after a mark of the agent (由X责令改正). A name after 会同 or 与 acts only beside the one before it,
// and one inside an object is acted on; a question for an authority wants the first. A later item of
// a list at a clause's head (甲、乙部门负责) acts too but scores 0: the list as a whole is the head.
import { tagWords } from '../../indexer/analysis/index.ts';
import type { Sentence } from '../../indexer/figures/index.ts';
import { QUESTION_WORDS as W } from './words.ts';
import type { Question } from './question.ts';

// The end of the text before a clause's first word: a clause break, then an article's or item's label.
const CLAUSE_HEAD =
  /(?:^|[，,；;：:])\s*(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|[一二三四五六七八九十]+、)?\s*$/;

/** Whether a question asks which authority, body or party acts (哪个部门, which body, who). */
export function asksActor(q: Pick<Question, 'asked'>): boolean {
  return q.asked.some((a) => W.actors.zh.includes(a) || W.actors.parties.includes(a));
}

/**
 * 1 when the span starting at `start` (an offset in the clause, as the sentence's) stands where its
 * sentence names who acts: at the head of a clause, or right after a mark of the agent; else 0.
 * @example agentPosition({ start: 0, end: 20, text: '甲部门应当会同乙部门制定规范。' }, 0) -> 1
 */
export function agentPosition(s: Sentence, start: number): number {
  const before = s.text.slice(0, start - s.start);
  if (CLAUSE_HEAD.test(before)) return 1;
  // The mark as a word of its own (由X责令), not the end of one (理由, 自由).
  const last = tagWords(before.slice(-4)).at(-1)?.word ?? '';
  return W.actors.agentMarks.includes(last) ? 1 : 0;
}
