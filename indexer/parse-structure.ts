// SourceDocument -> DocumentTree: the heading tree from the numbering, not from markdown depth.
import { readNumbering, type NumberingStyle } from './numbering.ts';
import { normalize } from './analysis/analyzer.ts';
import { closeLists } from './closing-paragraphs.ts';
import { BOX, SENTENCE_END, TABLE_CAPTION, isTableRow, splitLines, type Line } from './line-kinds.ts';
import { findSignature } from './signature.ts';
import type { DocumentTree, NodeKind, SectionNode, SourceDocument, Span } from './store/schema.ts';

interface Builder {
  kind: NodeKind;
  label: string;
  title: string;
  key: string;
  span: Span;
  body?: Span;
  columns?: string[];
  paragraphs: Span[];
  children: Builder[];
  style?: NumberingStyle | 'box' | 'table';
}

const TITLE_MAX = 50;

/**
 * Parses a document into its heading tree. Levels come from numbering styles: a heading whose style
 * is already open closes back to it (sibling), any other style opens a child. Boxed columns (专栏2)
 * and tables (表 1 with tab-separated rows) are nodes of their own, closed by the next heading.
 * Lines before the first heading are the title, the distribution header and the preamble; the
 * signature at the end (issuing bodies and date) is the closing. Each line is one paragraph: lines
 * broken inside a sentence were joined by layout repair before. Paragraphs that close a numbered
 * list move to the list's parent ({@link closeLists}).
 */
export function parseStructure(source: SourceDocument): DocumentTree {
  const lines = splitLines(source.text);
  const root = node('root', '', '', '', { start: 0, end: 0 });
  const firstHeading = lines.findIndex((l) => {
    const k = classify(l);
    return k !== 'text' && k !== 'blank';
  });
  const front = firstHeading < 0 ? lines : lines.slice(0, firstHeading);
  const after = firstHeading < 0 ? [] : lines.slice(firstHeading);
  const closing = closingLines(after);
  const body = after.slice(0, after.length - closing.length);
  parseFrontMatter(front, source.meta.title, root);

  const stack: Builder[] = [root];
  const top = () => stack[stack.length - 1] as Builder;
  let open: { target: Builder; span: Span; asBody: boolean } | undefined;
  let tableCount = 0;
  const closeOpen = () => {
    if (!open) return;
    if (open.asBody) open.target.body = open.span;
    else open.target.paragraphs.push(open.span);
    open = undefined;
  };
  const popContainers = () => {
    while (top().style === 'box' || top().style === 'table') stack.pop();
  };

  for (const line of body) {
    const kind = classify(line);
    if (kind === 'blank') continue;
    if (kind === 'text') {
      if (top().style === 'table') stack.pop();
      closeOpen();
      open = { target: top(), span: { start: line.start, end: line.end }, asBody: false };
      continue;
    }
    if (kind === 'row') {
      closeOpen();
      if (top().style !== 'table') {
        popContainers();
        tableCount++;
        const table = node('table', '', '', `table${tableCount}`, { start: line.start, end: line.start });
        table.style = 'table';
        top().children.push(table);
        stack.push(table);
      }
      const table = top();
      if (!table.columns) table.columns = line.text.split('\t').map((c) => c.trim());
      else table.paragraphs.push({ start: line.start, end: line.end });
      continue;
    }
    closeOpen();
    popContainers();
    if (kind === 'box' || kind === 'caption') {
      const m = (kind === 'box' ? BOX : TABLE_CAPTION).exec(line.text) as RegExpExecArray;
      const label = m[0].replace(/[\s\u3000]+/g, '');
      const container = node(
        kind === 'box' ? 'box' : 'table',
        label,
        line.text.slice(m[0].length).trim(),
        `${kind === 'box' ? 'box' : 'table'}${m[1]}`,
        line,
      );
      container.style = kind === 'box' ? 'box' : 'table';
      if (kind === 'caption') tableCount = Math.max(tableCount, Number(m[1]));
      top().children.push(container);
      stack.push(container);
      continue;
    }
    const numbering = readNumbering(line.text);
    if (!numbering) continue;
    const at = stack.findIndex((b) => b.style === numbering.style);
    if (at > 0) stack.length = at;
    const { title, hasBody } = headingTitle(source, line, numbering.length);
    const heading = node('heading', numbering.label, title, String(numbering.value), line);
    heading.style = numbering.style;
    top().children.push(heading);
    stack.push(heading);
    if (hasBody) open = { target: heading, span: { start: line.start, end: line.end }, asBody: true };
  }
  closeOpen();
  addClosing(root, closing);
  return { source, root: closeLists(freeze(root)) };
}

// The closing section: the signature's lines as its paragraphs.
function addClosing(root: Builder, closing: Line[]): void {
  if (closing.length === 0) return;
  const c = node('closing', '', '', 'closing', { start: (closing[0] as Line).start, end: (closing[0] as Line).start });
  c.paragraphs = closing.filter((l) => l.text.trim().length > 0).map((l) => ({ start: l.start, end: l.end }));
  root.children.push(c);
}

// The lines of the signature at the end of the body, blank lines among them included.
function closingLines(body: Line[]): Line[] {
  const signature = findSignature(body.map((l) => l.text));
  if (!signature) return [];
  let seen = 0;
  let k = body.length;
  while (k > 0 && seen < signature.lines) if ((body[--k] as Line).text.trim().length > 0) seen++;
  // The body keeps its first heading: a document that is only a signature has no closing.
  return k === 0 ? [] : body.slice(k);
}

type LineKind = 'blank' | 'text' | 'heading' | 'box' | 'caption' | 'row';

function classify(line: Line): LineKind {
  const t = line.text;
  if (t.trim().length === 0) return 'blank';
  if (isTableRow(t)) return 'row';
  if (BOX.test(t) && t.length <= 60) return 'box';
  if (TABLE_CAPTION.test(t) && t.length <= 80 && !SENTENCE_END.test(t)) return 'caption';
  return readNumbering(t) ? 'heading' : 'text';
}

// Before the first heading: the title (its lines are part of the metadata), the distribution
// header before the title's last line (addressees, issuing offices, date), then the preamble.
function parseFrontMatter(front: Line[], title: string, root: Builder): void {
  const compactTitle = compact(title);
  const isTitle = (l: Line) => {
    const c = compact(l.text);
    return c.length >= 4 && compactTitle.includes(c);
  };
  const lastTitle = front.map(isTitle).lastIndexOf(true);
  const header = front.slice(0, Math.max(0, lastTitle)).filter((l) => l.text.trim().length > 0 && !isTitle(l));
  const preamble = front.slice(lastTitle + 1).filter((l) => l.text.trim().length > 0);
  if (header.length > 0) {
    const h = node('header', '', '', 'header', { start: (header[0] as Line).start, end: (header[0] as Line).start });
    h.paragraphs = header.map((l) => ({ start: l.start, end: l.end }));
    root.children.push(h);
  }
  if (preamble.length > 0) {
    const p = node('preamble', '', '', 'preamble', {
      start: (preamble[0] as Line).start,
      end: (preamble[0] as Line).start,
    });
    p.paragraphs = preamble.map((l) => ({ start: l.start, end: l.end }));
    root.children.push(p);
  }
}

function compact(s: string): string {
  return normalize(s).text.replace(/[\s《》<>"“”()（）\-—–]/g, '');
}

// A heading's title: its bold lead (**2. 重点行业优势明显。**), else its first sentence when short,
// else the whole line when short. The line has a body when text follows the title.
function headingTitle(source: SourceDocument, line: Line, labelLength: number): { title: string; hasBody: boolean } {
  const restStart = line.start + labelLength;
  const rest = source.text.slice(restStart, line.end);
  const bold = source.bold.find((b) => b.start <= restStart + 1 && b.end > restStart + 1 && b.start >= line.start);
  if (bold) {
    const title = source.text.slice(Math.max(bold.start, restStart), Math.min(bold.end, line.end));
    const after = source.text.slice(Math.min(bold.end, line.end), line.end).replace(/^[。：:；;，,\s]+/, '');
    return { title: trimTitle(title), hasBody: after.length > 0 };
  }
  const stop = rest.search(/[。；;]/);
  if (stop >= 0 && stop <= TITLE_MAX) {
    return { title: trimTitle(rest.slice(0, stop)), hasBody: rest.slice(stop + 1).trim().length > 0 };
  }
  if (rest.length <= TITLE_MAX) return { title: trimTitle(rest), hasBody: false };
  const comma = rest.search(/[，,：:]/);
  return { title: trimTitle(rest.slice(0, comma > 0 && comma <= TITLE_MAX ? comma : 30)) + '…', hasBody: true };
}

function trimTitle(s: string): string {
  return s.replace(/^[\s\u3000]+|[\s\u3000。：:；;，,]+$/g, '');
}

function node(kind: NodeKind, label: string, title: string, key: string, span: Span): Builder {
  return { kind, label, title, key, span: { start: span.start, end: span.end }, paragraphs: [], children: [] };
}

function freeze(b: Builder): SectionNode {
  return {
    kind: b.kind,
    label: b.label,
    title: b.title,
    key: b.key,
    span: b.span,
    ...(b.body ? { body: b.body } : {}),
    ...(b.columns ? { columns: b.columns } : {}),
    paragraphs: b.paragraphs,
    children: b.children.map(freeze),
  };
}
