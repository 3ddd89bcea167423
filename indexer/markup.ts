// Plain text out of markdown-ish lines and HTML pages, keeping bold spans as heading hints.
import * as cheerio from 'cheerio';
import { htmlNesting } from './html-nesting.ts';
import { UnreadableError } from './readers/reader.ts';
import type { Span } from './store/schema.ts';

/** Text with markup removed, the bold spans it had and the lines it marked as headings. */
export interface PlainText {
  readonly text: string;
  readonly bold: readonly Span[];
  readonly headings: readonly Span[];
  readonly title?: string;
}

const MD_HEADING = /^#{1,6}\s*/;
// Spaces at either end of a line; tabs are kept on table rows (an empty first cell is a cell).
const LINE_TRIM = /^[^\S\t\f]+|[^\S\t\f]+$/g;
const TAB_TRIM = /^\t+|\t+$/g;

function trimLine(line: string): string {
  const trimmed = line.replace(LINE_TRIM, '');
  return trimmed.split('\t').length >= 3 ? trimmed : trimmed.replace(TAB_TRIM, '').replace(LINE_TRIM, '');
}

/**
 * Strips markdown from plain-text or markdown files: leading `#` markers (recorded as heading lines),
 * `**` emphasis (recorded as bold spans), `\*` escapes. Lines are trimmed; inner tabs (table cells)
 * are kept. A form feed (a page break, as pdftotext writes it) becomes a line of its own.
 * @example fromMarkdown('## **五、保障措施**').text === '五、保障措施'
 */
export function fromMarkdown(source: string): PlainText {
  const bold: Span[] = [];
  const headings: Span[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const raw of source.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\f\n').split('\n')) {
    const untrimmed = raw.replace(LINE_TRIM, '');
    const line = untrimmed.replace(MD_HEADING, '');
    const isHeading = line.length < untrimmed.length;
    let out = '';
    let openAt = -1;
    const lineBold: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < line.length; k++) {
      if (line[k] === '\\' && line[k + 1] === '*') {
        out += '*';
        k++;
        continue;
      }
      if (line[k] === '*' && line[k + 1] === '*') {
        if (openAt < 0) openAt = out.length;
        else {
          if (out.length > openAt) lineBold.push({ start: openAt, end: out.length });
          openAt = -1;
        }
        k++;
        continue;
      }
      out += line[k];
    }
    const trimmed = trimLine(out);
    // Removing markers can leave leading space; the bold spans move with the trimmed line.
    const lead = trimmed.length === 0 ? 0 : out.indexOf(trimmed);
    for (const b of lineBold) {
      const start = Math.max(0, b.start - lead),
        end = Math.min(trimmed.length, b.end - lead);
      if (end > start) bold.push({ start: offset + start, end: offset + end });
    }
    if (isHeading && trimmed.length > 0) headings.push({ start: offset, end: offset + trimmed.length });
    lines.push(trimmed);
    offset += trimmed.length + 1;
  }
  return { text: lines.join('\n'), bold, headings };
}

const DROP = 'script, style, noscript, iframe, nav, header, footer, aside, form, button, select, input, svg, template';
const CHROME_WORDS =
  'nav|menu|breadcrumb|crumb|footer|header|sidebar|share|print|toolbar|banner|copyright|search|login';
const CHROME = new RegExp(`(^|[-_\\s])(${CHROME_WORDS})([-_\\s]|$)`, 'i');
const BODY_CANDIDATES = [
  'article',
  '#zoom',
  '.TRS_Editor',
  '.article',
  '.article-content',
  '.content',
  '#content',
  'main',
  'body',
];
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'center',
]);

type Chunk = { text: string; bold: boolean; heading: boolean } | '\n' | '\t';
const HEADING_TAG = /^h[1-6]$/;

/**
 * Reads a government web page: the title (`ArticleTitle` meta, `h1`, or `<title>`) and the article
 * body, without navigation, scripts and styles. Block elements become lines, table cells are
 * separated by tabs (paragraphs inside a cell stay in its cell), `<strong>`/`<b>` become bold spans,
 * `h1`–`h6` heading lines. Malformed HTML is read as browsers would. The tree is walked with a stack
 * of its own, each node carrying what its ancestors make it (bold, heading, in a cell): no recursion
 * and no walk up the ancestors per text node, whatever the depth.
 * @param maxNesting elements open inside one another that a page may have
 * @throws UnreadableError for a page nested deeper than `maxNesting` (measured before parsing)
 */
export function fromHtml(html: string, maxNesting = Infinity): PlainText {
  const depth = htmlNesting(html, maxNesting);
  if (depth > maxNesting) throw new UnreadableError(`elements nested more than ${maxNesting} deep`);
  const $ = cheerio.load(html);
  $(DROP).remove();
  $('[class], [id]').each((_, el) => {
    const attrs = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (CHROME.test(attrs) && $(el).find('p').length < 3) $(el).remove();
  });
  const title =
    ($('meta[name="ArticleTitle"]').attr('content') ?? $('h1').first().text() ?? $('title').text()).trim() ||
    $('title').text().trim();
  const body = BODY_CANDIDATES.map((sel) => $(sel).first()).find((el) => el.length > 0 && el.text().trim().length > 0);
  const chunks: Chunk[] = [];
  if (body) walk(body.contents().toArray(), ancestry(body.get(0)), chunks);
  return assembleLines(chunks, title);
}

/** What a node's ancestors make it. */
interface Context {
  readonly inCell: boolean;
  readonly bold: boolean;
  readonly heading: boolean;
}
// Pushed after a block's children: the block's closing line break.
const CLOSE_BLOCK = Symbol('close block');

function walk(roots: readonly any[], context: Context, chunks: Chunk[]): void {
  const stack: Array<{ node: any; context: Context; afterCell: boolean } | typeof CLOSE_BLOCK> = [];
  const pushChildren = (nodes: readonly any[], c: Context) => {
    // Whether a cell comes before each node among its siblings, found in one pass over them.
    const afterCell: boolean[] = [];
    let seen = false;
    for (const n of nodes) {
      afterCell.push(seen);
      seen ||= n.type === 'tag' && (n.name === 'td' || n.name === 'th');
    }
    for (let k = nodes.length - 1; k >= 0; k--)
      stack.push({ node: nodes[k], context: c, afterCell: afterCell[k] as boolean });
  };
  pushChildren(roots, context);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === CLOSE_BLOCK) {
      chunks.push('\n');
      continue;
    }
    const { node, context: c, afterCell } = item;
    if (node.type === 'text') {
      chunks.push({ text: String(node.data ?? '').replace(/\s+/g, ' '), bold: c.bold, heading: c.heading });
      continue;
    }
    if (node.type !== 'tag') continue;
    const name = String(node.name).toLowerCase();
    if (name === 'br') {
      if (!c.inCell) chunks.push('\n');
      continue;
    }
    const cell = name === 'td' || name === 'th';
    // Every cell after the first of its row opens with a tab, an empty one too: columns stay aligned.
    if (cell && afterCell) chunks.push('\t');
    const block = BLOCK.has(name) && !c.inCell;
    if (block) {
      chunks.push('\n');
      stack.push(CLOSE_BLOCK);
    }
    pushChildren(node.children ?? [], {
      inCell: c.inCell || cell,
      bold: c.bold || name === 'strong' || name === 'b',
      heading: c.heading || HEADING_TAG.test(name),
    });
  }
}

// The context the ancestors of the body element (and it) give its children.
function ancestry(node: any): Context {
  let bold = false;
  let heading = false;
  for (let p = node; p; p = p.parent)
    if (p.type === 'tag') {
      bold ||= p.name === 'strong' || p.name === 'b';
      heading ||= HEADING_TAG.test(p.name);
    }
  return { inCell: false, bold, heading };
}

function assembleLines(chunks: Chunk[], title: string): PlainText {
  type Part = { text: string; bold: boolean; heading: boolean };
  const lines: Array<{ parts: Part[] }> = [{ parts: [] }];
  for (const c of chunks) {
    const current = lines[lines.length - 1] as { parts: Part[] };
    if (c === '\n') lines.push({ parts: [] });
    else if (c === '\t') current.parts.push({ text: '\t', bold: false, heading: false });
    else current.parts.push(c);
  }
  const out: string[] = [];
  const bold: Span[] = [];
  const headings: Span[] = [];
  let offset = 0;
  for (const line of lines) {
    const raw = line.parts.map((p) => p.text).join('');
    const text = trimLine(raw);
    if (text.replace(/\t/g, '').trim().length === 0) continue;
    let pos = -raw.indexOf(text);
    for (const p of line.parts) {
      const s = Math.max(0, pos),
        e = Math.min(text.length, pos + p.text.length);
      if (p.bold && e > s) bold.push({ start: offset + s, end: offset + e });
      pos += p.text.length;
    }
    if (line.parts.some((p) => p.heading && p.text.trim())) headings.push({ start: offset, end: offset + text.length });
    out.push(text);
    offset += text.length + 1;
  }
  return { text: out.join('\n'), bold: mergeSpans(bold), headings, title: title || undefined };
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}
