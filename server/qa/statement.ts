// What a document says around an answer span: the parts of its sentence (cut at ，；：) that hold the
// span, widened by whole neighbouring parts. A what-question, a list of things and a compare row of
// names answer with it, the span marked within.

/** Offsets in a clause's text. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** A statement: its words and where they stand in the clause. */
export interface Statement extends Stretch {
  readonly text: string;
}

/** The longest a statement is widened to (characters); the parts holding the span are kept whole. */
export const STATEMENT_CHARS = 70;

// Where a sentence's parts end: after these marks.
const PART_END = /[，；：,;:]/g;

/**
 * The statement holding `span` in `sentence` of `text`: the sentence's parts that hold the span,
 * then, while it stays within `chars`, the parts after it and then those before it (what a plan
 * does to a thing usually follows the thing). Its end drops the mark that closes the last part.
 */
export function statementOf(text: string, sentence: Stretch, span: Stretch, chars = STATEMENT_CHARS): Statement {
  const cuts = [sentence.start];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(PART_END)) cuts.push(sentence.start + (m.index ?? 0) + 1);
  cuts.push(sentence.end);
  let start = cuts.filter((c) => c <= span.start).pop() ?? sentence.start;
  let end = cuts.find((c) => c >= span.end) ?? sentence.end;
  for (;;) {
    const after = cuts.find((c) => c > end);
    if (after !== undefined && after - start <= chars) {
      end = after;
      continue;
    }
    const before = cuts.filter((c) => c < start).pop();
    if (before !== undefined && end - before <= chars) {
      start = before;
      continue;
    }
    break;
  }
  const words = text.slice(start, end);
  const trimmed = words.replace(/[，；：,;:。！？\s]+$/u, '');
  return { start, end: start + trimmed.length, text: trimmed };
}
