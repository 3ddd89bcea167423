// When a figure is for, and whether it is a goal or a figure reached: from the times the text names.
import { FIGURE_CUES, mentions } from '../figures/cues.ts';
import type { TimeRef } from '../figures/time.ts';
import type { DocumentMeta } from '../store/schema.ts';

/** What the time of a figure is judged against: its document and its section. */
export interface TimeContext {
  /** The first year the document plans for (its period's start; else its year of issue). */
  readonly start?: number;
  /** The document's last planned year. */
  readonly end?: number;
  /** The clause sits under a heading of goals (发展目标) or of the state reached (发展基础). */
  readonly inGoals: boolean;
  readonly inPast: boolean;
}

/** The time and kind of a stated figure. */
export interface FigureTime {
  readonly goal: boolean;
  readonly year?: number;
  readonly period?: { readonly from: number; readonly to: number; readonly label?: string };
}

/** The context of a clause in its document: the document's years, the headings it sits under. */
export function timeContext(meta: DocumentMeta, section: readonly string[]): TimeContext {
  const end = meta.period?.to;
  const issued = meta.issued ? Number(meta.issued.slice(0, 4)) : undefined;
  const start = meta.period?.from ?? (end !== undefined ? end - 4 : issued);
  const headings = section.join(' ');
  return {
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    inGoals: mentions(headings, FIGURE_CUES.goalHeadings),
    inPast: mentions(headings, FIGURE_CUES.pastHeadings),
  };
}

function fromRef(ref: TimeRef, ctx: TimeContext): FigureTime {
  const start = ctx.start ?? Number.POSITIVE_INFINITY;
  if (ref.kind === 'span' && ref.from !== undefined) {
    const period = { from: ref.from, to: ref.year, ...(ref.plan ? { label: ref.plan } : {}) };
    return { goal: ref.year >= start, period };
  }
  const past = ref.lead === '截至' || ref.lead === '截止' || ref.year < start;
  return { goal: !past, year: ref.year };
}

/**
 * The time and kind of a figure. A time named before it in its sentence (else after it, else the
 * last one named earlier in the clause) decides: a year or period before the document's first
 * planned year, or one reached (截至2020年), is a figure reached; otherwise a goal for that time.
 * Without a time, the wording decides (已, 共有 vs 力争, 目标), then the section (目标 vs 基础); a
 * goal without a year is for the document's last planned year.
 */
export function figureTime(
  sentence: string,
  figureStart: number,
  refs: readonly TimeRef[],
  carried: TimeRef | undefined,
  ctx: TimeContext,
): FigureTime {
  const ref = [...refs].reverse().find((r) => r.end <= figureStart) ?? refs[0] ?? carried;
  if (ref) return fromRef(ref, ctx);
  const before = sentence.slice(0, figureStart);
  const actual = mentions(before, FIGURE_CUES.actual);
  const target = mentions(sentence, FIGURE_CUES.target);
  const goal = (target && !actual) || (!actual && (ctx.inGoals || !ctx.inPast));
  return goal ? { goal, ...(ctx.end !== undefined ? { year: ctx.end } : {}) } : { goal };
}
