// A length of time a rule ties to an event: the end it counts back or on from (有效期届满前6个月,
// 药品有效期届满后一年), the event it counts from (自受理申请之日起20个工作日内), or the event it
// comes before (在许可事项发生变更30日前, 提前30日). The words come from indexer/data/figure-cues.json
// (deadlines).
import { FIGURE_CUES } from './cues.ts';
import { escape, findFigures } from './figures.ts';

const EVENTS = FIGURE_CUES.deadlines.events.map(escape).join('|');
const FROM = FIGURE_CUES.deadlines.from.map(escape).join('|');
// The words of an event: a few back to a pause or to the word that introduces the time (为, 在, 于, 至, 自).
const WORDS = '[^，,。；;：:、为是在于至到自]';
const ENDING = new RegExp(`(${WORDS}{0,12}(?:${EVENTS})(?:之前|之后|以前|以后|前|后))$`);
const STARTING = new RegExp(`(自[^，,。；;：:]{1,30}?(?:${FROM}))$`);
const AHEAD = /(提前)$/;
const BEFORE_EVENT = new RegExp(`(${WORDS}{2,16})$`);
const AFTER_FIGURE = /^(?:之|以)?[前后]/;
/** How far back from a length of time its event may start. */
const REACH = 44;

/** Which way a length of time is counted from its event. */
export type DeadlineWay = 'before' | 'after' | 'from';

/** A length of time with the event it is tied to, as a span of a text. */
export interface Deadline {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly way: DeadlineWay;
}

/**
 * The event a length of time (`start`..`end` of `text`) is tied to, with the time: where it starts
 * and ends in `text` and which way it counts; undefined when the words around it name none.
 */
export function deadlineAt(text: string, start: number, end: number): Deadline | undefined {
  const before = text.slice(Math.max(0, start - REACH), start);
  const make = (from: number, to: number, way: DeadlineWay): Deadline => ({
    start: from,
    end: to,
    text: text.slice(from, to),
    way,
  });
  const ending = ENDING.exec(before)?.[1];
  if (ending) return make(start - ending.length, end, /前$/.test(ending) ? 'before' : 'after');
  const starting = STARTING.exec(before)?.[1];
  if (starting) return make(start - starting.length, end, 'from');
  const ahead = AHEAD.exec(before)?.[1];
  if (ahead) return make(start - ahead.length, end, 'before');
  // 在许可事项发生变更30日前: the time, then 前 or 后, counts from the event written before it.
  const after = AFTER_FIGURE.exec(text.slice(end, end + 2))?.[0];
  const event = BEFORE_EVENT.exec(before)?.[1];
  if (after && event) return make(start - event.length, end + after.length, after.endsWith('前') ? 'before' : 'after');
  return undefined;
}

/** The lengths of time `text` ties to an event, each with its event (有效期届满前6个月). */
export function deadlines(text: string): Deadline[] {
  return findFigures(text)
    .filter((f) => f.kind === 'duration')
    .map((f) => deadlineAt(text, f.start, f.end))
    .filter((d): d is Deadline => d !== undefined);
}
