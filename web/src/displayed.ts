// A clause's text as the page shows it, which citations quote: a table row read out of its table, prose as written.

/** What the displayed text needs of a clause (a hit, a clause view, an answer's citation). */
export interface Displayable {
  readonly text: string;
  /** A table row read out of its table (name — column: value, …), from the API. */
  readonly display?: string | undefined;
}

/** A span of a clause's text (a match), in offsets of the text as written or as displayed. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SPACE = /\s/u;

/**
 * The clause as the reader and the hit list show it: a table row in its display form (its cells
 * under their column names, so that 6 and 10 do not run together as 610); other text as written,
 * each run of white space one space as the browser shows it (到 2025 年 keeps its spaces).
 * @example displayedText({ text: '4\t创新药*\t6\t10', display: '创新药 — 2020: 6, 2025: 10' }) === '创新药 — 2020: 6, 2025: 10'
 */
export function displayedText(c: Displayable): string {
  if (c.display) return c.display;
  return collapse(c.text).text;
}

/**
 * Where `focus` (offsets in the text as written) falls in the displayed text; undefined when the
 * display form does not hold it (a match on a row's running number).
 */
export function displayedSpan(c: Displayable, focus: Span | undefined): Span | undefined {
  if (!focus) return undefined;
  if (c.display) {
    const words = c.text.slice(focus.start, focus.end).trim();
    const at = words ? c.display.indexOf(words) : -1;
    return at >= 0 ? { start: at, end: at + words.length } : undefined;
  }
  const { map } = collapse(c.text);
  return { start: map[focus.start] ?? 0, end: map[focus.end] ?? 0 };
}

// The text with white space runs made one space and the ends trimmed, and where each original
// offset (0..length) lands in it.
function collapse(text: string): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  let pendingSpace = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k] as string;
    if (SPACE.test(ch)) {
      map.push(out.length);
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    map.push(out.length);
    out += ch;
  }
  map.push(out.length);
  return { text: out, map };
}
