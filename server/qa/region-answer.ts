// What answering one question for one region gives: the answer, how sure, the clauses, what instead.
import type { AskResponse, Decline, StatedFigure } from '../contract/ask.ts';
import type { Fact } from '../../indexer/store/index.ts';

/** The answer for one region (or all, for a plain question), before it is assembled into a response. */
export interface RegionAnswer {
  readonly answer: AskResponse['answer'];
  readonly confidence: number;
  readonly citations: AskResponse['citations'];
  readonly note?: string;
  /** When declined: why, in parts (the page words it in its own language). */
  readonly decline?: Decline;
  /** When declined: what the documents state instead, where a figure comes close. */
  readonly instead?: { readonly text: string; readonly stated: StatedFigure; readonly clauseId: string };
  /** The figure answered with, for a number question. */
  readonly fact?: Fact;
}
