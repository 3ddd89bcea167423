// A length of time a rule ties to an event: the end it counts back or on from (有效期届满前6个月,
// 药品有效期届满后一年) or the event it counts from (自受理申请之日起20个工作日内). The words come from
// indexer/data/figure-cues.json (deadlines).
import { FIGURE_CUES } from './cues.ts';
import { findFigures } from './figures.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EVENTS = FIGURE_CUES.deadlines.events.map(escape).join('|');
const FROM = FIGURE_CUES.deadlines.from.map(escape).join('|');
// What ends: a few words back to a pause or to the word that introduces the time (为, 在, 于, 至, 自).
const ENDING = new RegExp(`([^，,。；;：:、为是在于至到自]{0,12}(?:${EVENTS})(?:之前|之后|以前|以后|前|后))$`);
const STARTING = new RegExp(`(自[^，,。；;：:]{1,30}?(?:${FROM}))$`);
/** How far back from a length of time its event may start. */
const REACH = 44;

/**
 * Where the event a length of time at `at` is tied to begins in `text` (the 药 of 药品有效期届满后一年
 * for 一年), when the words right before it name one; undefined when they do not.
 */
export function deadlineStart(text: string, at: number): number | undefined {
  const before = text.slice(Math.max(0, at - REACH), at);
  const m = ENDING.exec(before) ?? STARTING.exec(before);
  return m?.[1] ? at - m[1].length : undefined;
}

/** A length of time with the event it is tied to, as a span of a text. */
export interface Deadline {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The lengths of time `text` ties to an event, each with its event (有效期届满前6个月). */
export function deadlines(text: string): Deadline[] {
  const out: Deadline[] = [];
  for (const f of findFigures(text)) {
    if (f.kind !== 'duration') continue;
    const start = deadlineStart(text, f.start);
    if (start !== undefined) out.push({ start, end: f.end, text: text.slice(start, f.end) });
  }
  return out;
}
