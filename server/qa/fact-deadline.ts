// A length of time counted back from an event's end or on from it: a rule writes both in one article
// (有效期为5年…应当在有效期届满前6个月申请), and a question for how long before expiry asks for the
// second. The question's side is read from question-words.json (deadline), the figure's from the
// event its clause ties it to (indexer/figures/deadline.ts).
import { deadlineAt, type DeadlineWay } from '../../indexer/figures/index.ts';
import type { Fact } from '../../indexer/store/index.ts';
import { QUESTION_WORDS as W } from './words.ts';

/** Which way from an event a length of time is counted. */
export type Deadline = 'before' | 'after';

/** The way a question counts from an event's end, when it says (how long before expiry: before). */
export function deadlineAsked(norm: string, english: boolean): Deadline | undefined {
  const words = english ? W.deadline.en : W.deadline.zh;
  if (words.before.test(norm)) return 'before';
  return words.after.test(norm) ? 'after' : undefined;
}

/**
 * The way a figure is counted from the event its clause ties it to: before an end or an event
 * (届满前6个月, 变更30日前, 提前30日), after one (届满后一年), from a start (自…之日起), or undefined
 * when it is tied to none.
 */
export function deadlineOf(clauseText: string, f: Pick<Fact, 'start' | 'end'>): DeadlineWay | undefined {
  return deadlineAt(clauseText, f.start, f.end)?.way;
}

/** 1 when a figure is counted the way the question asks, -1 when not, 0 when the question does not say. */
export function deadlineAgreement(
  asked: Deadline | undefined,
  clauseText: string,
  f: Pick<Fact, 'start' | 'end'>,
): number {
  if (!asked) return 0;
  return deadlineOf(clauseText, f) === asked ? 1 : -1;
}
