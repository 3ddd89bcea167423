// SourceDocument -> DocumentTree: the heading tree from the numbering, not from markdown depth.
import { readNumbering, type Numbering, type NumberingStyle } from './numbering.ts';
import { normalize } from './analysis/analyzer.ts';
import { closeLists } from './closing-paragraphs.ts';
import { ANNEX, BOX, SENTENCE_END, TABLE_CAPTION, isTableRow, splitLines, type Line } from './line-kinds.ts';
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
  columnsSpan?: Span;
  paragraphs: Span[];
  children: Builder[];
  style?: NumberingStyle | 'box' | 'table' | 'kuan';
  cite?: string;
}

const TITLE_MAX = 50;

/**
 * Parses a document into its heading tree. Levels come from numbering styles: a heading whose style
 * is already open closes back to it (sibling), any other style opens a child. Boxed columns (专栏2)
 * and tables (表 1 with tab-separated rows) are nodes of their own, closed by the next heading.
 * Lines before the first heading are the title, the distribution header and the preamble; the
 * signature at the end (issuing bodies and date) is the closing. Each line is one paragraph: lines
 * broken inside a sentence were joined by layout repair before. Paragraphs that close a numbered
 * list move to the list's parent ({@link closeLists}). Laws and rules: a division (编 章 节) holds
 * articles; an article's line is its first 款 and each paragraph after it the next 款; numbered
 * lines inside an article are the items (项, 目) of the 款 before them, so a list that restarts
 * after a paragraph is that paragraph's own. The numbering schemes are data/numbering.json.
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

  const tree = new TreeBuilder(source, root);
  for (const line of body) tree.add(line);
  tree.closeOpen();
  addClosing(root, closing);
  return { source, root: closeLists(freeze(root)) };
}

// The heading tree under construction: the open headings (a stack, innermost last) and the
// paragraph being read. Each kind of line has its step.
class TreeBuilder {
  private readonly stack: Builder[];
  private open: { target: Builder; span: Span; asBody: boolean } | undefined;
  private tableCount = 0;

  constructor(
    private readonly source: SourceDocument,
    root: Builder,
  ) {
    this.stack = [root];
  }

  add(line: Line): void {
    const kind = classify(line);
    if (kind === 'blank') return;
    if (kind === 'text') return this.text(line);
    if (kind === 'row') return this.row(line);
    this.closeOpen();
    this.popContainers();
    if (kind === 'box' || kind === 'caption') return this.container(kind, line);
    const numbering = readNumbering(line.text);
    if (numbering) this.numbered(numbering, line);
  }

  closeOpen(): void {
    const open = this.open;
    if (!open) return;
    if (open.asBody) open.target.body = open.span;
    else open.target.paragraphs.push(open.span);
    this.open = undefined;
  }

  private top(): Builder {
    return this.stack[this.stack.length - 1] as Builder;
  }

  private push(b: Builder): void {
    this.top().children.push(b);
    this.stack.push(b);
  }

  private popContainers(): void {
    while (this.top().style === 'box' || this.top().style === 'table') this.stack.pop();
  }

  private articleAt(): number {
    return this.stack.findIndex((b) => b.kind === 'article');
  }

  // A paragraph; inside an article, a paragraph of its own is its next 款, closing any list of the one before.
  private text(line: Line): void {
    if (this.top().style === 'table') this.stack.pop();
    this.closeOpen();
    const article = this.articleAt();
    if (article >= 0) {
      this.stack.length = article + 1;
      this.openKuan(this.stack[article] as Builder, line);
      return;
    }
    this.open = { target: this.top(), span: { start: line.start, end: line.end }, asBody: false };
  }

  // A table row: the first row of a table holds its column names.
  private row(line: Line): void {
    this.closeOpen();
    if (this.top().style !== 'table') {
      this.popContainers();
      this.tableCount++;
      const table = node('table', '', '', `table${this.tableCount}`, { start: line.start, end: line.start });
      table.style = 'table';
      this.push(table);
    }
    const table = this.top();
    if (!table.columns) {
      table.columns = line.text.split('\t').map((c) => c.trim());
      table.columnsSpan = { start: line.start, end: line.end };
    } else table.paragraphs.push({ start: line.start, end: line.end });
  }

  // A boxed column (专栏2) or a table caption (表 1): a container closed by the next heading.
  private container(kind: 'box' | 'caption', line: Line): void {
    const m = (kind === 'box' ? BOX : TABLE_CAPTION).exec(line.text) as RegExpExecArray;
    const label = m[0].replace(/[\s\u3000]+/g, '');
    const nodeKind = kind === 'box' ? 'box' : 'table';
    const container = node(nodeKind, label, line.text.slice(m[0].length).trim(), `${nodeKind}${m[1]}`, line);
    container.style = nodeKind;
    if (kind === 'caption') this.tableCount = Math.max(this.tableCount, Number(m[1]));
    this.push(container);
  }

  // A numbered line: an article, an item inside one, or a division or heading (which closes any article).
  private numbered(numbering: Numbering, line: Line): void {
    const article = this.articleAt();
    if (numbering.role === 'article') {
      if (article >= 0) this.stack.length = article;
      return this.openArticle(numbering, line);
    }
    if (article >= 0 && numbering.role === 'heading') return this.openItem(numbering, line, article);
    if (article >= 0) this.stack.length = article;
    const at = this.stack.findIndex((b) => b.style === numbering.style);
    if (at > 0) this.stack.length = at;
    const { title, hasBody } = headingTitle(this.source, line, numbering.length);
    const kind = numbering.role === 'division' ? 'division' : 'heading';
    const heading = node(kind, numbering.label, title, String(numbering.value), line);
    heading.style = numbering.style;
    this.push(heading);
    if (hasBody) this.open = { target: heading, span: { start: line.start, end: line.end }, asBody: true };
  }

  // An article (第九十八条) has no title: its line, label and all, is the text of its first 款.
  private openArticle(numbering: Numbering, line: Line): void {
    const article = node('article', numbering.label, '', `a${numbering.value}`, line);
    article.style = numbering.style;
    this.push(article);
    this.openKuan(article, line);
  }

  // A 款: one paragraph of an article, numbered in order; the items after it are its list.
  private openKuan(article: Builder, line: Line): void {
    const n = article.children.filter((c) => c.kind === 'kuan').length + 1;
    const kuan = node('kuan', `第${chineseOrdinal(n)}款`, '', `p${n}`, line);
    kuan.style = 'kuan';
    kuan.body = { start: line.start, end: line.end };
    this.push(kuan);
  }

  // An item (项, 目) of the current 款: a sibling of an open item of its style, else a child of the innermost.
  private openItem(numbering: Numbering, line: Line, article: number): void {
    const at = this.stack.findIndex((b, k) => k > article && b.style === numbering.style);
    if (at > 0) this.stack.length = at;
    const item = node('item', numbering.label, '', String(numbering.value), line);
    item.style = numbering.style;
    item.cite = numbering.cite ?? numbering.label;
    item.body = { start: line.start, end: line.end };
    this.push(item);
  }
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
  // The carried document's title may follow an attachment's marker on its line: 附件：《…》, 附件1 …
  const isTitle = (l: Line) => {
    const c = compact(l.text.replace(ANNEX, ''));
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

// 1 -> 一, 12 -> 十二: how a 款 is numbered when cited (第二款).
function chineseOrdinal(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits.charAt(n);
  if (n < 20) return `十${n % 10 ? digits.charAt(n % 10) : ''}`;
  return `${digits.charAt(Math.floor(n / 10))}十${n % 10 ? digits.charAt(n % 10) : ''}`;
}

function freeze(b: Builder): SectionNode {
  // The 款 of an article that has only one is the article itself: no 第一款 in its label or id.
  const kuans = b.children.filter((c) => c.kind === 'kuan');
  if (kuans.length === 1) Object.assign(kuans[0] as Builder, { label: '', key: '' });
  return {
    kind: b.kind,
    label: b.label,
    ...(b.cite ? { cite: b.cite } : {}),
    title: b.title,
    key: b.key,
    span: b.span,
    ...(b.body ? { body: b.body } : {}),
    ...(b.columns ? { columns: b.columns } : {}),
    ...(b.columnsSpan ? { columnsSpan: b.columnsSpan } : {}),
    paragraphs: b.paragraphs,
    children: b.children.map(freeze),
  };
}
