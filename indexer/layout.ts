// Layout repair, one step for every format: running headers, footers and page numbers dropped,
// lines broken inside a sentence joined, real paragraph breaks kept.
import {
  ANNEX,
  SENTENCE_END,
  BOX,
  TABLE_CAPTION,
  isTableRow,
  opensBlock,
  splitLines,
  type Line,
} from './line-kinds.ts';
import { readNumbering } from './numbering.ts';
import { PAGE_BREAK } from './readers/reader.ts';
import type { LayoutRepairs, Span } from './store/schema.ts';
import { applyEdits, mapSpans, type Edit } from './text-edits.ts';

/** A text with its layout repaired, its hints carried over to the new offsets. */
export interface RepairedText {
  readonly text: string;
  readonly bold: readonly Span[];
  readonly headings: readonly Span[];
  readonly repairs: LayoutRepairs;
}

/** Longest line that may be a heading or a title rather than a piece of running text. */
export const TITLE_MAX = 50;
// Page numbers that are nothing else wherever they stand; a lone figure only at a page's edge.
const PAGE_NUMBER = [
  /^[-—–－~]{1,2}\s*\d{1,4}\s*[-—–－~]{1,2}$/,
  /^(?:共\s*\d{1,4}\s*页[\s，,]*)?第\s*\d{1,4}\s*页(?:[\s，,/／]*共\s*\d{1,4}\s*页)?$/,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
];
const EDGE_PAGE_NUMBER = /^(?:\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4})$/;
// How many lines at the top and at the bottom of a page may be a running header or footer.
const EDGE_LINES = 2;
const RUNNING_MAX = 60;
// A mark inside a line that shows it is running text, not a title: a sentence or clause ends there.
const RUNS_ON = /[。；：！？;:!?]/;
const CLAUSE_MARK = /[，,]/;
// A line ending in one of these cannot end a paragraph.
const OPEN_END = /[，、,（(《“‘「]$/;
// An English sentence broken at the width: a lower-case letter on both sides of the break.
const LATIN_RUNS_ON = /^[a-z,][a-z(]$/;

type Drop = 'page' | 'header' | 'footer' | 'number';

/**
 * Repairs the layout of a reader's text. Pages are the parts between {@link PAGE_BREAK} lines, or
 * between page-number lines in a text that has none. A line repeated at the same place (among the
 * first or last two lines) on most pages is a running header or footer and is dropped, and so are
 * page numbers. Then a line that ends without closing punctuation is joined to the next line when
 * that one continues it (it opens no heading, box, caption, bullet or table row) and the first is
 * running text rather than a title or a heading. The decision is made from the text alone.
 * @example repairLayout({ text: '推进一致性评价，支持\n\n企业开展研发。', bold: [], headings: [] }).text
 *   === '推进一致性评价，支持企业开展研发。'
 */
export function repairLayout(input: { text: string; bold: readonly Span[]; headings: readonly Span[] }): RepairedText {
  const lines = splitLines(input.text);
  const drops = findDrops(lines);
  const isHint = (l: Line) => input.headings.some((h) => h.start <= l.start && h.end >= l.end && l.end > l.start);
  const edits: Edit[] = [];
  let linesJoined = 0;
  let previous: Line | undefined;
  let gap: Line[] = [];
  const cutGap = () => {
    for (const l of gap)
      if (drops.has(l)) edits.push({ start: l.start, end: Math.min(l.end + 1, input.text.length), insert: '' });
  };
  for (const line of lines) {
    if (drops.has(line) || line.text.trim().length === 0) {
      gap.push(line);
      continue;
    }
    if (previous && joins(previous, line, isHint)) {
      edits.push({ start: previous.end, end: line.start, insert: joiner(previous.text, line.text) });
      linesJoined++;
    } else cutGap();
    previous = line;
    gap = [];
  }
  cutGap();
  const edited = applyEdits(input.text, edits);
  const count = (kind: Drop) => [...drops.values()].filter((d) => d === kind).length;
  return {
    text: edited.text.replace(/\n+$/, ''),
    bold: mapSpans(input.bold, edited.map),
    headings: mapSpans(input.headings, edited.map),
    repairs: {
      linesJoined,
      headersDropped: count('header'),
      footersDropped: count('footer'),
      pageNumbersDropped: count('number'),
    },
  };
}

// The lines to drop: page breaks, page numbers, and lines repeated at the same edge of most pages.
function findDrops(lines: readonly Line[]): Map<Line, Drop> {
  const drops = new Map<Line, Drop>();
  const bodies = splitPages(lines, drops)
    .map((p) => p.filter((l) => !drops.has(l)))
    .filter((p) => p.length > 0);
  if (bodies.length < 2) return drops;
  const edges = [
    ['header', (p: Line[], k: number) => p[k]],
    ['footer', (p: Line[], k: number) => p[p.length - 1 - k]],
  ] as const;
  for (const [kind, pick] of edges)
    for (let k = 0; k < EDGE_LINES; k++) for (const l of repeatedAt(bodies, (p) => pick(p, k), k)) drops.set(l, kind);
  return drops;
}

// The pages of the text (their non-blank lines), marking page breaks and page numbers as drops.
function splitPages(lines: readonly Line[], drops: Map<Line, Drop>): Line[][] {
  const paged = lines.some((l) => l.text === PAGE_BREAK);
  const pages: Line[][] = [[]];
  for (const line of lines) {
    const text = line.text.trim();
    if (line.text === PAGE_BREAK) {
      drops.set(line, 'page');
      pages.push([]);
    } else if (PAGE_NUMBER.some((re) => re.test(text))) {
      drops.set(line, 'number');
      if (!paged) pages.push([]);
    } else if (text.length > 0) (pages[pages.length - 1] as Line[]).push(line);
  }
  if (!paged) return pages;
  for (const page of pages)
    for (const edge of [page[0], page[page.length - 1]])
      if (edge && EDGE_PAGE_NUMBER.test(edge.text.trim())) drops.set(edge, 'number');
  return pages;
}

// The lines that stand at one place of most pages with the same text (figures aside).
function repeatedAt(pages: Line[][], pick: (page: Line[]) => Line | undefined, k: number): Line[] {
  const same = new Map<string, Line[]>();
  for (const page of pages) {
    // A page must have other lines than the candidates at both of its edges.
    const line = page.length > 2 * k + 1 ? pick(page) : undefined;
    if (!line || line.text.length > RUNNING_MAX || isTableRow(line.text)) continue;
    const key = line.text.replace(/\s+/g, '').replace(/\d+/g, '0');
    same.set(key, [...(same.get(key) ?? []), line]);
  }
  return [...same.values()].filter((ls) => ls.length >= 2 && ls.length * 2 > pages.length).flat();
}

// Whether `b` continues the sentence that `a` leaves open.
function joins(a: Line, b: Line, isHint: (l: Line) => boolean): boolean {
  // An attachment's marker line (附件：《…》) ends at its line, the attachment's text beginning after it.
  if (isTableRow(a.text) || SENTENCE_END.test(a.text) || ANNEX.test(a.text)) return false;
  if (isHint(b) || opensBlock(b.text)) return false;
  if (OPEN_END.test(a.text) || LATIN_RUNS_ON.test(`${a.text.slice(-1)}${b.text.charAt(0)}`)) return true;
  const label = readNumbering(a.text)?.length ?? (BOX.exec(a.text) ?? TABLE_CAPTION.exec(a.text))?.[0].length;
  const body = a.text.slice(label ?? 0);
  // A heading or caption ends at its line unless a sentence starts in it (1. 标题。正文……).
  if (label !== undefined || isHint(a)) return RUNS_ON.test(body);
  return RUNS_ON.test(body) || CLAUSE_MARK.test(body) || a.text.length > TITLE_MAX;
}

// Latin words broken at the page width were separated by a space; Chinese text has none.
function joiner(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? ' ' : '';
}
