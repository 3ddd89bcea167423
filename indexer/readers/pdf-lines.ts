// Positioned text of a PDF page -> its lines and paragraphs: glyph runs on one baseline make a line,
// wide gaps make table cells, lines wrapped at the page width are joined back into paragraphs.

/** A run of text at a position on the page (PDF user space: y grows upwards), as pdf.js gives it. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

interface PageLine {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly fontSize: number;
  readonly row: boolean;
}

// A gap of this many ems or more between two runs on a line separates table cells.
const CELL_GAP_EM = 1;
// Latin words are separated by a gap of at least this (pdf.js also gives spaces as runs).
const WORD_GAP_EM = 0.15;
// Han characters, CJK punctuation and full-width forms: text in which spaces are layout, not words.
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;
const SPACES_NEXT_TO_CJK = new RegExp(`(?<=${CJK.source})[ \\u00a0]+|[ \\u00a0]+(?=${CJK.source})`, 'g');

/**
 * Rebuilds the paragraphs of one page from its text runs. Runs on one baseline (within a third of
 * the font size) are a line, read left to right; a gap of an em or more splits it into cells, and a
 * line of three cells or more is a table row (cells joined by tabs). Spaces next to a Han character
 * are dropped: in a PDF they are the spacing between Chinese and Latin text, not part of the text.
 * A line runs on into the next one (a paragraph wrapped at the page width) when it reaches the right
 * edge of the text, the next line has the same font size, follows at the usual line distance and is
 * not indented as a paragraph's first line; the lines of a centred title wrap the same way.
 * @returns the page's paragraphs, top to bottom, one per line of text
 */
export function pageParagraphs(runs: readonly TextRun[]): string[] {
  const lines = buildLines(runs);
  const body = lines.filter((l) => !l.row);
  if (body.length === 0) return lines.map((l) => l.text);
  const left = Math.min(...body.map((l) => l.x0));
  const right = Math.max(...body.map((l) => l.x1));
  const out: string[] = [];
  let previous: PageLine | undefined;
  for (const line of lines) {
    if (previous && out.length > 0 && continues(previous, line, left, right)) {
      const last = out[out.length - 1] as string;
      out[out.length - 1] = last + (/[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '') + line.text;
    } else out.push(line.text);
    previous = line;
  }
  return out;
}

function continues(p: PageLine, l: PageLine, left: number, right: number): boolean {
  if (p.row || l.row || Math.abs(p.fontSize - l.fontSize) > 0.5) return false;
  const em = l.fontSize;
  const distance = p.y - l.y;
  if (distance <= 0 || distance > 2.5 * em) return false;
  if (p.x1 < right - 1.2 * em) return false;
  // A first-line indent is one to four characters; a centred line starts further in.
  const indent = l.x0 - left;
  return indent < 0.5 * em || indent > 4 * em;
}

function buildLines(runs: readonly TextRun[]): PageLine[] {
  const visible = runs.filter((r) => r.text.trim().length > 0 && r.fontSize > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(head.y - run.y) <= Math.max(head.fontSize, run.fontSize) / 3) group.push(run);
    else groups.push([run]);
  }
  return groups.map(toLine);
}

function toLine(group: TextRun[]): PageLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const fontSize = Math.max(...runs.map((r) => r.fontSize));
  const cells: string[] = [''];
  let end = (runs[0] as TextRun).x;
  for (const run of runs) {
    const gap = run.x - end;
    const current = cells[cells.length - 1] as string;
    if (current.length > 0 && gap >= CELL_GAP_EM * Math.min(fontSize, run.fontSize)) cells.push(run.text.trim());
    else {
      const space = current.length > 0 && gap >= WORD_GAP_EM * run.fontSize && !/\s$/.test(current) ? ' ' : '';
      cells[cells.length - 1] = current + space + run.text;
    }
    end = Math.max(end, run.x + run.width);
  }
  // In a table row, a space left inside a cell's run is the gap between two narrow cells.
  const parts = cells.flatMap((c) => c.trim().split(/\s+/)).filter((c) => c.length > 0);
  const row = cells.length >= 2 && parts.length >= 3;
  const text = row ? parts.join('\t') : cells.join(' ').replace(SPACES_NEXT_TO_CJK, '').replace(/\s+/g, ' ').trim();
  const first = runs[0] as TextRun;
  const x1 = Math.max(...runs.map((r) => r.x + r.width));
  return { text, x0: first.x, x1, y: first.y, fontSize, row };
}
